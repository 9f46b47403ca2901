"""Chinese word lists (simplified and traditional): cues, titles, surnames."""

from __future__ import annotations

# Speech cues, longest first so that "告诉记者" wins over "告诉".
CUES: tuple[str, ...] = tuple(
    sorted(
        """表示 指出 强调 強調 认为 認為 透露 说道 說道 说 說 称 稱 介绍 介紹 告诉记者 告訴記者
        坦言 提醒 建议 建議 宣布 回应 回應 担心 擔心 回忆说 回憶說 回忆道 回憶道 笑着说 笑說 笑道
        承认 承認 呼吁 呼籲 警告 补充说 補充說 解释 解釋 直言 感慨 坦承 披露 说明 說明 重申 指称
        指稱 声称 聲稱 称赞 稱讚 分析 预计 預計 告诉 告訴 问道 問道 答道 回答 谈到 談到 提到 消息""".split(),
        key=len,
        reverse=True,
    )
)
# Cues that may close a sentence after the content: "……，李红中说。"
TRAILING_CUES: frozenset[str] = frozenset(
    "说 說 说道 說道 表示 称 稱 回忆说 回憶說 回忆道 回憶道 笑着说 笑說 笑道 指出 强调 強調 "
    "透露 介绍 介紹 坦言 补充说 補充說 告诉记者 告訴記者 问道 問道 答道".split()
)
TITLES: tuple[str, ...] = tuple(
    sorted(
        """发言人 發言人 部长 部長 副部长 书记 書記 市委书记 主任 教授 副教授 主教练 主教練 教练 教練
        董事长 董事長 总裁 總裁 总经理 總經理 分析师 分析師 局长 局長 副局长 副局長 处长 處長 署长 署長
        副署长 副署長 助理署长 助理署長 校长 校長 议员 議員 区议员 區議員 厅长 廳長 司长 司長 省长 省長
        市长 市長 县长 縣長 村支书 支书 村民 教师 教師 退休教师 家长 家長 主攻手 队长 隊長 院长 院長
        经理 經理 研究员 研究員 专家 專家 医生 醫生 律师 律師 工程师 工程師
        主席 总统 總統 总理 總理 大使 委员 委員 代表 负责人 負責人 厂长 廠長 所长 所長 行长 行長 会长 會長
        秘书长 秘書長 副主任 副市长 副市長 副省长 副省長 法官 检察官 檢察官 警官 发言人称 首席经济学家
        经济学家 經濟學家 学者 學者 作家 导演 導演 球员 球員 选手 選手 店主 老板 老闆
        翻译家 翻譯家 乡村医生 鄉村醫生 种粮大户 種糧大戶 藥師 药师""".split(),
        key=len,
        reverse=True,
    )
)
SURNAMES: frozenset[str] = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭"
    "田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱"
    "江尹薛闫阎段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易"
    "乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季"
    "裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡"
    "车車项項连連芦盧麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和"
)
COMPOUND_SURNAMES: frozenset[str] = frozenset("欧阳 歐陽 司马 司馬 上官 诸葛 諸葛 东方 東方 皇甫 令狐 慕容".split())
HONORIFICS: tuple[str, ...] = ("女士", "先生", "太太", "小姐", "师傅", "師傅", "太", "伯", "婆", "奶奶", "爷爷", "爺爺")
FEMALE_MARKERS: tuple[str, ...] = ("女士", "太太", "小姐", "太", "奶奶", "婆", "阿姨", "大妈", "大媽")
MALE_MARKERS: tuple[str, ...] = ("先生", "伯", "爷爷", "爺爺", "大爷", "大爺")
ORG_SUFFIXES: tuple[str, ...] = tuple(
    """外交部 部 局 厅 廳 委 院 署 办 辦 办公室 辦公室 公司 集团 集團 汽车 汽車 银行 銀行 协会 協會
    政府 法院 检察院 中心 大学 大學 医院 醫院 管理局 委员会 委員會 研究所 证券 證券 基金会 學會 学会
    工会 工會 联合会 聯合會""".split()
)
# Characters that end a name: function words, time words, verbs that follow a subject.
NAME_STOPS: frozenset[str] = frozenset(
    "在日今昨当當等说說表指强強称稱认認透介告坦提回则則也还還又于於对對向主通的是和与與，。、：；"
    "已曾将將会會正都就再更亦对被把从從为為以因"
)
PRONOUNS: dict[str, str | None] = {"他": "m", "她": "f", "他们": None, "她们": None, "它": "org"}
NOT_SPEAKERS: frozenset[str] = frozenset("记者 記者 本报 本報 问 問 主持人".split())
