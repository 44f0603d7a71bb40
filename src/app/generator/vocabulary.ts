/**
 * The Chinese words the realistic profile draws from (names, subjects, activities, awards): the
 * bench's large schools. The sample's and the edge profile's own lists live in ./profiles.ts.
 */

/** Common surnames, most frequent first (the generator favours the first ones). */
export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡',
  '余', '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪', '范', '金',
  '石', '廖', '贾', '夏', '韦', '付', '方', '白', '邹', '孟', '熊', '秦', '邱', '江', '尹', '薛', '闫', '段', '雷', '侯',
] as const;

/** Characters used in given names. */
export const GIVEN = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀', '霞', '平',
  '刚', '桂', '英', '华', '玉', '萍', '红', '丹', '玲', '飞', '鹏', '建', '文', '辉', '宇', '鑫', '俊', '晨', '欣', '雪',
  '佳', '婷', '颖', '琳', '倩', '梅', '燕', '慧', '晶', '波', '斌', '宁', '浩', '凯', '瑞', '博', '雨', '欢', '梦', '思',
  '子', '涵', '悦', '琪', '嘉', '怡', '昊', '然', '泽', '宏', '志', '春', '海', '峰', '亮', '林', '荣', '成', '光', '忠',
  '晓', '立', '国', '永', '庆', '安', '新', '德', '宝', '振', '卫', '东', '兰', '凤', '莉', '蓉', '薇', '冰', '洁', '爽',
  '月', '岚', '蕾', '妍', '璐', '珊', '莹', '瑶', '媛', '楠', '彬', '昕', '毅', '哲', '铭', '旭', '航', '钰', '轩', '睿',
] as const;

/** 教研组 subjects and how many teachers a typical school puts in each (relative weight). */
export const SUBJECTS: readonly { subject: string; weight: number }[] = [
  { subject: '语文', weight: 5 },
  { subject: '数学', weight: 5 },
  { subject: '英语', weight: 4 },
  { subject: '物理', weight: 2 },
  { subject: '化学', weight: 2 },
  { subject: '道德与法治', weight: 2 },
  { subject: '历史', weight: 2 },
  { subject: '地理', weight: 1 },
  { subject: '生物', weight: 1 },
  { subject: '体育', weight: 2 },
  { subject: '艺术', weight: 2 },
  { subject: '信息科技', weight: 1 },
  { subject: '综合实践', weight: 1 },
  { subject: '心理健康', weight: 1 },
];

export const GRADES = ['七年级', '八年级', '九年级'] as const;
export const ECHELONS = ['骨干教师', '青年教师', '学科带头人', '', '', '', ''] as const;
export const SCHOOL_SUFFIXES = ['第一中学', '第二中学', '实验中学', '中心小学', '实验小学', '第三中学', '育才学校', '外国语学校'] as const;
export const PLACES = ['城关', '东关', '西城', '南湖', '北坪', '河口', '新区', '桥头', '青山', '白沙', '柳林', '石门'] as const;

/** School-wide 校本研训 themes (seed 003 §四: one theme a month). */
export const SCHOOL_ACTIVITIES = [
  '新课标专题学习', '教学评一致性讲座', '集中观课议课', '信息技术应用能力培训', '电子白板使用培训',
  '班主任带班能力培训', '心理健康辅导专题', '读书分享会', '课程整合研讨', '师德师风专题学习',
  '说课与课件制作培训', '作业设计研讨', '大单元教学设计', '青年教师成长论坛', '期中质量分析会',
] as const;

/** 教研组 activities. */
export const GROUP_ACTIVITIES = ['集体备课', '主题教研', '观课议课', '课例研讨', '同课异构', '反思交流'] as const;

/** District (全区) trainings expecting every teacher. */
export const DISTRICT_ACTIVITIES = ['全区教师通识培训', '全区新课标解读', '全区师德报告会', '全区信息化专题'] as const;

/** 外出学习 held by higher authorities. */
export const EXTERNAL_ACTIVITIES = [
  '市骨干教师研修班', '省级学科培训', '县级教研员培训', '国培计划送教下乡', '市优质课观摩', '县班主任培训',
] as const;

/** 状态 words with their weight among the rows that exist (SPEC §3.2 vocabulary, mixed the way people type). */
export const PRESENT_WORDS = ['出勤', '出勤', '出勤', '', '', '√', '签到'] as const;

export const LESSON_TOPICS = [
  '背影', '一元二次方程', 'Unit 3 Reading', '浮力', '化学方程式', '中国古代史', '地球的运动', '细胞的结构',
  '春', '勾股定理', '光的折射', '酸和碱', '函数的图像', '议论文写作', '排球垫球', '水彩风景',
] as const;
export const OPEN_CLASS_TYPES = ['公开课', '示范课', '研讨课', '汇报课'] as const;

export const AWARDS: readonly { title: string; category: '比赛' | '评选' | '' }[] = [
  { title: '能力素质提升大赛', category: '比赛' },
  { title: '教师基本功大赛', category: '比赛' },
  { title: '优质课评选', category: '比赛' },
  { title: '教学设计评选', category: '评选' },
  { title: '教学案例评选', category: '' },
  { title: '读书心得评选', category: '评选' },
  { title: '教学论文评选', category: '' },
  { title: '课件评选', category: '评选' },
];
export const AWARD_LEVELS = ['校级', '县级', '区级', '市级', '省级'] as const;
export const PRIZES = ['一等奖', '二等奖', '三等奖', '优秀奖', '二等奖', '三等奖'] as const;
export const NOTES_GRADES = ['优秀', '良好', '良好', '合格', '合格', '优秀', '不合格'] as const;

/** Lesson topics by subject (the sample's 听课记录; other subjects draw from LESSON_TOPICS). */
export const LESSON_TOPICS_BY_SUBJECT: Readonly<Record<string, readonly string[]>> = {
  语文: ['《春》', '《济南的冬天》', '《背影》', '《藤野先生》', '《紫藤萝瀑布》', '《岳阳楼记》', '整本书阅读《朝花夕拾》', '记叙文写作指导'],
  数学: ['一元一次方程', '全等三角形的判定', '二次函数的图像与性质', '勾股定理', '分式的运算', '平行线的性质', '数据的收集与整理'],
  英语: ['Unit 3 Reading', 'Unit 5 Listening and Speaking', '一般过去时复习', 'Unit 7 Writing', '阅读理解策略'],
  物理: ['光的反射', '牛顿第一定律', '浮力', '欧姆定律'],
  化学: ['氧气的制取', '质量守恒定律', '酸和碱的中和反应'],
  生物: ['细胞的结构', '植物的光合作用', '人体的消化与吸收'],
  道德与法治: ['珍视生命', '法律保障生活', '做守法的公民'],
  历史: ['秦统一中国', '辛亥革命', '新中国的成立'],
  地理: ['地球的运动', '中国的气候', '世界的人口'],
  体育: ['立定跳远', '篮球行进间运球', '队列队形练习'],
  音乐: ['歌曲《歌唱祖国》', '民族器乐欣赏'],
  美术: ['色彩的情感', '中国山水画欣赏'],
  信息技术: ['Python 循环结构', '数据的可视化'],
  心理健康: ['学会情绪管理', '青春期的人际交往'],
  劳动: ['校园种植实践', '家常菜制作'],
};
