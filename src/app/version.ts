/** The program version written to 计算记录; kept equal to package.json's (a test checks). */
export const VERSION = '0.1.0';
