/**
 * The ribbon's function file, kept beside the task pane (the only start-up code that touches Office).
 * The 研修考核 button only shows the task pane (a ShowTaskpane action in manifest.xml), so there are no
 * function commands; Office still expects the page to initialise.
 */
if (typeof Office !== 'undefined') void Office.onReady();
