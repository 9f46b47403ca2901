"""Invented wire stories for the near-duplicate tests: one story as two outlets ran it,
another story on the same topic, and a Chinese wire story in two versions."""

from __future__ import annotations

WIRE = (
    "RIVERTON, March 3 (Northwire) - The city council of Riverton voted on Monday to close "
    "the old ferry terminal at the end of the summer, ending more than ninety years of "
    "service across the Tamber estuary.\n\n"
    "“We cannot keep pouring money into a building that is sinking into the mud,” said "
    "council leader Maria Okafor after the vote, which passed by eleven votes to four.\n\n"
    "The terminal, opened in 1931, carries about 2,400 passengers a day. Engineers found "
    "last year that its piles had rotted and that repairs would cost at least 38 million "
    "dollars, more than the council spends on roads in three years.\n\n"
    "Passengers will be offered a free bus service over the Hallam bridge until a new "
    "pier is built at Copper Point, which the council hopes to open in 2028. The ferry "
    "operator, Estuary Lines, said it would keep its crews on full pay until then.\n\n"
    "Residents of the north shore were angry. “The bus takes fifty minutes, the ferry took "
    "twelve,” said Daniel Herrera, who runs a bakery near the terminal. “Nobody asked us.”\n\n"
    "A petition against the closure has gathered more than 6,000 signatures, and its "
    "organisers said they would ask the regional court to review the decision. The council "
    "said the vote followed two public consultations held in the autumn."
)

# The same wire copy as a second outlet ran it: a shorter dateline, two words changed.
WIRE_EDITED = (
    "RIVERTON (Northwire) - The city council of Riverton voted on Monday to close "
    "the old ferry terminal at the end of the summer, ending more than ninety years of "
    "service across the Tamber estuary.\n\n"
    "“We cannot keep pouring money into a building that is sinking into the mud,” said "
    "council leader Maria Okafor after the vote, which passed by eleven votes to four.\n\n"
    "The terminal, opened in 1931, carries about 2,400 passengers each day. Engineers found "
    "last year that its piles had rotted and that repairs would cost at least 38 million "
    "dollars, more than the council spends on roads in three years.\n\n"
    "Passengers will be offered a free bus service over the Hallam bridge until a new "
    "pier is built at Copper Point, which the council hopes to open in 2028. The ferry "
    "operator, Estuary Lines, said it would keep its crews on full pay until then.\n\n"
    "Residents of the north shore were furious. “The bus takes fifty minutes, the ferry took "
    "twelve,” said Daniel Herrera, who runs a bakery near the terminal. “Nobody asked us.”\n\n"
    "A petition against the closure has gathered more than 6,000 signatures, and its "
    "organisers said they would ask the regional court to review the decision. The council "
    "said the vote followed two public consultations held in the autumn."
)

# Another story on the same topic, written by a different reporter.
SAME_TOPIC = (
    "Riverton's ferry terminal will shut this summer after councillors decided on Monday "
    "that the 1931 building on the Tamber estuary was too costly to save.\n\n"
    "Council leader Maria Okafor told reporters the piles under the terminal had rotted "
    "and that fixing them would cost 38 million dollars. “It is a sad day, but the numbers "
    "do not lie,” she said.\n\n"
    "Estuary Lines, which runs the ferry, will move its boats to a new pier at Copper Point "
    "once it opens, probably in 2028. Until then buses will cross the Hallam bridge.\n\n"
    "On the north shore, shop owners fear the longer trip will keep customers away. "
    "Daniel Herrera, a baker, said the council had not listened to the people who use the "
    "ferry every day, and a petition has collected thousands of names."
)

WIRE_ZH = (
    "新华社河港3月3日电 河港市议会周一投票决定，于今年夏末关闭老渡轮码头，结束这座码头在"
    "潭伯河口九十多年的服务。\n\n"
    "议会领导人玛丽亚·奥卡福在投票后说：“我们不能继续把钱投入一座正在陷入泥里的建筑。”"
    "投票以十一票对四票通过。\n\n"
    "该码头于1931年启用，每天运送约两千四百名乘客。工程师去年发现，码头的木桩已经腐烂，"
    "维修费用至少需要三千八百万元，超过议会三年的道路开支。\n\n"
    "在铜角新码头建成之前，乘客可以免费乘坐经哈拉姆大桥的公交车。议会希望新码头于2028年启用。"
    "北岸居民对此十分不满，一名面包店老板说：“公交要五十分钟，渡轮只要十二分钟。没有人问过我们。”"
)

WIRE_ZH_EDITED = (
    "新华社河港3月3日电 河港市议会周一投票决定，于今年夏末关闭老渡轮码头，结束这座码头在"
    "潭伯河口九十多年的服务。\n\n"
    "议会领导人玛丽亚·奥卡福在投票后表示：“我们不能继续把钱投入一座正在陷入泥里的建筑。”"
    "投票以十一票对四票通过。\n\n"
    "该码头于1931年启用，每天运送约两千四百名乘客。工程师去年发现，码头的木桩已经腐烂，"
    "维修费用至少需要三千八百万元，超过议会三年的道路开支。\n\n"
    "在铜角新码头建成之前，乘客可以免费乘坐经哈拉姆大桥的公交车。议会希望新码头于2028年启用。"
    "北岸居民对此十分不满，一名面包店老板说：“公交要五十分钟，渡轮只要十二分钟。没有人问过我们。”"
)

ZH_SAME_TOPIC = (
    "河港老渡轮码头将于夏末关闭。议会认为，修复这座建于1931年的码头代价太高。"
    "奥卡福对记者说，码头木桩已经腐烂，修复需要大笔资金，“数字不会说谎”。"
    "渡轮公司将在铜角新码头启用后迁往那里，在此之前，乘客需改乘公交车经过大桥。"
    "北岸商户担心路程变长会让顾客流失，已有数千人签名反对关闭码头。"
)
