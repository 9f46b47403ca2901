<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>Annotary is a reading and annotation tool for researchers who read news articles closely: mark quotes and who said them, describe speakers, and code passages with a tree of themes, offline, in one project file.</source>
        <translation>Annotary 是为细读新闻文章的研究者打造的阅读与标注工具：标记引语及其说话人，描述说话人，并用主题树为段落编码——完全离线，全部保存在一个项目文件中。</translation>
    </message>
    <message>
        <source>Licence: {0}. Annotary is free software: you may share and change it under the terms of the GNU General Public License, version 3 or later.</source>
        <translation>许可证：{0}。Annotary 是自由软件：你可以依据 GNU 通用公共许可证第 3 版或更高版本的条款分发和修改它。</translation>
    </message>
    <message>
        <source>About Annotary</source>
        <translation>关于 Annotary</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>创建一个空的项目文件</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>打开一个项目文件</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import .txt, .md and .html articles</source>
        <translation>导入 .txt、.md 和 .html 文章</translation>
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>粘贴为新文章(&amp;P)</translation>
    </message>
    <message>
        <source>Make an article of the clipboard</source>
        <translation>用剪贴板内容新建一篇文章</translation>
    </message>
    <message>
        <source>Import from a &amp;Web Address…</source>
        <translation>从网址导入(&amp;W)…</translation>
    </message>
    <message>
        <source>Fetch a page (uses the network)</source>
        <translation>获取网页（需要联网）</translation>
    </message>
    <message>
        <source>Import &amp;Annotations (JSON)…</source>
        <translation>导入标注 (JSON)(&amp;A)…</translation>
    </message>
    <message>
        <source>Merge another coder&apos;s or project&apos;s Annotary JSON export into this project</source>
        <translation>将其他编码员或项目导出的 Annotary JSON 合并到本项目</translation>
    </message>
    <message>
        <source>Import from &amp;REFI-QDA (.qdpx, .qdc)…</source>
        <translation>从 REFI-QDA 导入 (.qdpx, .qdc)(&amp;R)…</translation>
    </message>
    <message>
        <source>Merge a project or codebook from QualCoder, NVivo, ATLAS.ti or MAXQDA</source>
        <translation>合并来自 QualCoder、NVivo、ATLAS.ti 或 MAXQDA 的项目或编码本</translation>
    </message>
    <message>
        <source>&amp;Compare Coders…</source>
        <translation>比较编码员(&amp;C)…</translation>
    </message>
    <message>
        <source>How far the coders of this project agree, per theme and for quotes</source>
        <translation>本项目各编码员在各主题和引语上的一致程度</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the project or this article</source>
        <translation>导出项目或当前文章</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>搜索文库(&amp;S)…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>文库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>标为未读(&amp;U)</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>标为已读(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete Article…</source>
        <translation>删除文章(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <source>Tag as &amp;Quote…</source>
        <translation>标为引语(&amp;Q)…</translation>
    </message>
    <message>
        <source>Tag as &amp;Speaker…</source>
        <translation>标为说话人(&amp;S)…</translation>
    </message>
    <message>
        <source>Tag with &amp;Theme…</source>
        <translation>标注主题(&amp;T)…</translation>
    </message>
    <message>
        <source>Add a &amp;Note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;About Annotary</source>
        <translation>关于 Annotary(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>Library &amp;Columns</source>
        <translation>文库列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>配色(&amp;T)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>N&amp;ear-Duplicates</source>
        <translation>近似重复(&amp;E)</translation>
    </message>
    <message>
        <source>A&amp;nnotate</source>
        <translation>标注(&amp;N)</translation>
    </message>
    <message>
        <source>Ana&amp;lysis</source>
        <translation>分析(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>引语(&amp;Q)</translation>
    </message>
    <message>
        <source>Every quote of the project, filtered</source>
        <translation>项目中的全部引语，可筛选</translation>
    </message>
    <message>
        <source>&amp;Passages</source>
        <translation>段落(&amp;P)</translation>
    </message>
    <message>
        <source>Every coded passage of the project</source>
        <translation>项目中所有已编码的段落</translation>
    </message>
    <message>
        <source>&amp;Counts and Charts</source>
        <translation>计数与图表(&amp;C)</translation>
    </message>
    <message>
        <source>Themes, speakers and quote types counted</source>
        <translation>统计主题、说话人和引语类型</translation>
    </message>
    <message>
        <source>&amp;Speaker Page</source>
        <translation>说话人页面(&amp;S)</translation>
    </message>
    <message>
        <source>Everything about one speaker</source>
        <translation>某位说话人的全部信息</translation>
    </message>
    <message>
        <source>&amp;Theme Page</source>
        <translation>主题页面(&amp;T)</translation>
    </message>
    <message>
        <source>Everything about one theme</source>
        <translation>某个主题的全部信息</translation>
    </message>
    <message>
        <source>Project &amp;Memo…</source>
        <translation>项目备忘录(&amp;M)…</translation>
    </message>
    <message>
        <source>Notes on the whole project</source>
        <translation>关于整个项目的笔记</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>Compare coders</source>
        <translation>比较编码员</translation>
    </message>
</context>
<context>
    <name>AgreementHelp</name>
    <message>
        <source>Krippendorff&apos;s α: green ≥ 0.800 reliable · amber 0.667–0.800 tentative · red &lt; 0.667 discard · n/a: undefined (no variation). Help explains the numbers.</source>
        <translation>Krippendorff α：绿色 ≥ 0.800 可靠 · 琥珀色 0.667–0.800 仅供参考 · 红色 &lt; 0.667 应舍弃 · n/a：无定义（没有变异）。“帮助”解释这些数字。</translation>
    </message>
    <message>
        <source>What is compared. Themes and quotes are compared character by character: for each character, did a coder&apos;s span of that category cover it or not. Speaker attribution is compared quote by quote: two coders&apos; quotes match when they overlap by at least half of the longer one, and each coder&apos;s value is the speaker they gave it.

Units: the characters (or matched quotes) compared.
Percent agreement: the share of coder pairs that gave a unit the same value. Not corrected for chance, so a rare theme looks better than it is.
Cohen&apos;s κ: agreement corrected for chance; with more than two coders, the mean over all pairs of coders.
Krippendorff&apos;s α: the coefficient to report. 1 is perfect agreement, 0 is chance level, below 0 the coders differ systematically. Rely on α ≥ 0.800, draw tentative conclusions from 0.667 to 0.800, discard below 0.667. n/a means there is nothing to compare (nobody, or everybody, coded it everywhere).

Show in Article marks where the checked coders differ on the selected row. Export saves the table as CSV or as an HTML page.</source>
        <translation>比较什么。主题和引语逐字符比较：对每个字符，看编码员在该类别下标出的范围是否覆盖了它。说话人归属逐条引语比较：两位编码员的引语至少重叠较长者的一半即视为匹配，每位编码员的取值是其给出的说话人。

单位数：参与比较的字符数（或匹配的引语数）。
一致率：对某个单位给出相同取值的编码员对所占比例。未做机遇校正，因此罕见主题看起来会比实际更好。
Cohen κ：经过机遇校正的一致性；多于两位编码员时，取所有编码员对的平均值。
Krippendorff α：应当报告的系数。1 表示完全一致，0 表示机遇水平，低于 0 表示编码员存在系统性分歧。α ≥ 0.800 可信，0.667 至 0.800 只能得出初步结论，低于 0.667 应舍弃。n/a 表示无可比较（没有人或所有人在所有位置都做了编码）。

“在文章中显示”会标出所选编码员在选中行上的分歧之处。“导出”将表格保存为 CSV 或 HTML 网页。</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位数</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohen κ</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorff α</translation>
    </message>
    <message>
        <source>A theme, quotes, or the attribution of quotes to speakers</source>
        <translation>某个主题、引语，或引语的说话人归属</translation>
    </message>
    <message>
        <source>Characters compared (themes, quotes) or quotes matched by two coders (speakers)</source>
        <translation>比较的字符数（主题、引语），或两位编码员都标出的引语数（说话人）</translation>
    </message>
    <message>
        <source>Share of coder pairs that agree, not corrected for chance</source>
        <translation>意见一致的编码员对所占比例，未做机遇校正</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (mean over coder pairs with more than two coders)</source>
        <translation>Cohen kappa（多于两位编码员时取各编码员对的平均值）</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha: rely on ≥ 0.800, tentative from 0.667, discard below</source>
        <translation>Krippendorff alpha：≥ 0.800 可信，0.667 起仅供参考，更低则舍弃</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Speaker attribution</source>
        <translation>说话人归属</translation>
    </message>
    <message>
        <source>Theme: {0}</source>
        <translation>主题：{0}</translation>
    </message>
    <message>
        <source>undefined for these data</source>
        <translation>对这些数据无定义</translation>
    </message>
    <message>
        <source>reliable (≥ 0.800)</source>
        <translation>可靠（≥ 0.800）</translation>
    </message>
    <message>
        <source>tentative only (0.667 – 0.800)</source>
        <translation>仅供参考（0.667 – 0.800）</translation>
    </message>
    <message>
        <source>not reliable (&lt; 0.667)</source>
        <translation>不可靠（&lt; 0.667）</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha {0}: {1}</source>
        <translation>Krippendorff alpha {0}：{1}</translation>
    </message>
    <message>
        <source>{0} matched quotes compared</source>
        <translation>比较了 {0} 条匹配的引语</translation>
    </message>
    <message>
        <source>{0} characters compared</source>
        <translation>比较了 {0} 个字符</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML 网页 (*.html)</translation>
    </message>
    <message>
        <source>Compare Coders — Annotary</source>
        <translation>比较编码员 — Annotary</translation>
    </message>
    <message>
        <source>Compare coders</source>
        <translation>比较编码员</translation>
    </message>
    <message>
        <source>Coders to compare</source>
        <translation>要比较的编码员</translation>
    </message>
    <message>
        <source>Theme to compare</source>
        <translation>要比较的主题</translation>
    </message>
    <message>
        <source>Agreement per category</source>
        <translation>各类别的一致性</translation>
    </message>
    <message>
        <source>Articles compared</source>
        <translation>参与比较的文章</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>What the numbers mean and how to read them</source>
        <translation>这些数字的含义及解读方法</translation>
    </message>
    <message>
        <source>Show in &amp;Article</source>
        <translation>在文章中显示(&amp;A)</translation>
    </message>
    <message>
        <source>Mark in the open article where the checked coders differ on the selected row</source>
        <translation>在当前文章中标出所选编码员在选中行上的分歧之处</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the table as CSV or as an HTML page</source>
        <translation>将表格保存为 CSV 或 HTML 网页</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Coders:</source>
        <translation>编码员(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>所有主题</translation>
    </message>
    <message numerus="yes">
        <source>This project has annotations of %n coder(s){0}. Agreement needs two coders or more who annotated the same articles: import another coder&apos;s work with File › Import Annotations (JSON)…</source>
        <translation>
            <numerusform>本项目只有 %n 位编码员{0}的标注。一致性需要两位或更多编码员标注过相同的文章：请用“文件 › 导入标注 (JSON)…”导入其他编码员的成果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least two coders to compare.</source>
        <translation>请至少勾选两位编码员进行比较。</translation>
    </message>
    <message>
        <source>Comparing {0}…</source>
        <translation>正在比较 {0}…</translation>
    </message>
    <message numerus="yes">
        <source>Agreement of {0} over %n article(s)</source>
        <translation>
            <numerusform>{0} 在 %n 篇文章上的一致性</numerusform>
        </translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>无比较结果</translation>
    </message>
    <message>
        <source>. Each compared coder must have annotated the same article.</source>
        <translation>。参与比较的每位编码员都必须标注过同一篇文章。</translation>
    </message>
    <message>
        <source>Articles compared ({0})</source>
        <translation>参与比较的文章（{0}）</translation>
    </message>
    <message>
        <source>Export the agreement table</source>
        <translation>导出一致性表格</translation>
    </message>
    <message>
        <source>The table could not be saved: {0}</source>
        <translation>无法保存表格：{0}</translation>
    </message>
    <message>
        <source>Saved the agreement table to {0}</source>
        <translation>一致性表格已保存到 {0}</translation>
    </message>
</context>
<context>
    <name>AnalysisOperations</name>
    <message>
        <source>List annotations</source>
        <translation>列出标注</translation>
    </message>
    <message>
        <source>Count annotations</source>
        <translation>统计标注</translation>
    </message>
    <message>
        <source>Read the speaker&apos;s page</source>
        <translation>读取说话人页面</translation>
    </message>
    <message>
        <source>Read the theme&apos;s page</source>
        <translation>读取主题页面</translation>
    </message>
    <message>
        <source>Edit the article&apos;s note</source>
        <translation>编辑文章备注</translation>
    </message>
    <message>
        <source>Edit the project memo</source>
        <translation>编辑项目备忘录</translation>
    </message>
    <message>
        <source>Export the rows</source>
        <translation>导出各行</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Prepare charts</source>
        <translation>准备图表</translation>
    </message>
</context>
<context>
    <name>AnalysisWindow</name>
    <message>
        <source>Analysis — Annotary</source>
        <translation>分析 — Annotary</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Add quote</source>
        <translation>添加引语</translation>
    </message>
    <message>
        <source>Tag speaker</source>
        <translation>标注说话人</translation>
    </message>
    <message>
        <source>Tag passage</source>
        <translation>标注段落</translation>
    </message>
</context>
<context>
    <name>AnnotationRowsModel</name>
    <message>
        <source>Direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>间接</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码员</translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <source>Select some text in the article first</source>
        <translation>请先在文章中选择一些文字</translation>
    </message>
    <message>
        <source>Tag passage</source>
        <translation>标注段落</translation>
    </message>
    <message>
        <source>No theme on key {0} yet: tag a passage with T first</source>
        <translation>数字键 {0} 尚未对应主题：请先按 T 为一个段落标注主题</translation>
    </message>
    <message>
        <source>Select some text (or an annotation) first</source>
        <translation>请先选择一些文字（或一条标注）</translation>
    </message>
    <message>
        <source>Add speaker {0}</source>
        <translation>添加说话人 {0}</translation>
    </message>
    <message>
        <source>Add theme {0}</source>
        <translation>添加主题 {0}</translation>
    </message>
    <message>
        <source>Select the words to add to the quote first</source>
        <translation>请先选中要加入引语的文字</translation>
    </message>
    <message>
        <source>Tag the first part as a quote (Q), then add the next part to it</source>
        <translation>先将第一部分标为引语（Q），再把下一部分加入其中</translation>
    </message>
    <message>
        <source>Add theme</source>
        <translation>添加主题</translation>
    </message>
    <message>
        <source>Remove theme</source>
        <translation>移除主题</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Change speaker</source>
        <translation>更改说话人</translation>
    </message>
    <message>
        <source>Change quote type</source>
        <translation>更改引语类型</translation>
    </message>
    <message>
        <source>Select the new text in the article first, then adjust</source>
        <translation>请先在文章中选择新的文字，再进行调整</translation>
    </message>
    <message>
        <source>Adjust span</source>
        <translation>调整范围</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{path} cannot be opened.

{reason}</source>
        <translation>无法打开 {path}。

{reason}</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>打开其他项目…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Annotary projects (*.annotary)</source>
        <translation>Annotary 项目 (*.annotary)</translation>
    </message>
</context>
<context>
    <name>ArticleNote</name>
    <message>
        <source>Your note on this article: context, doubts, what to come back to…</source>
        <translation>你对这篇文章的备注：背景、疑问、需要回头再看的地方…</translation>
    </message>
    <message>
        <source>Note on the article</source>
        <translation>文章备注</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <source>(deleted theme)</source>
        <translation>（已删除的主题）</translation>
    </message>
    <message>
        <source>(deleted speaker)</source>
        <translation>（已删除的说话人）</translation>
    </message>
</context>
<context>
    <name>Articles</name>
    <message>
        <source>Import articles</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Paste article</source>
        <translation>粘贴文章</translation>
    </message>
    <message>
        <source>Import web page</source>
        <translation>导入网页</translation>
    </message>
    <message>
        <source>Fetching the page</source>
        <translation>正在获取网页</translation>
    </message>
    <message>
        <source>Save reading position</source>
        <translation>保存阅读位置</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <source>Chart of the counts</source>
        <translation>计数图表</translation>
    </message>
    <message>
        <source>Nothing to count</source>
        <translation>暂无可统计的内容</translation>
    </message>
    <message>
        <source>the {0} largest of {1} rows</source>
        <translation>{1} 行中最大的 {0} 行</translation>
    </message>
    <message>
        <source>{0} of {1} columns</source>
        <translation>{1} 列中的 {0} 列</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the notes over a chart</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>({0})</source>
        <translation>（{0}）</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>Rename theme</source>
        <translation>重命名主题</translation>
    </message>
    <message>
        <source>Recolour theme</source>
        <translation>更改主题颜色</translation>
    </message>
    <message>
        <source>Describe theme</source>
        <translation>描述主题</translation>
    </message>
    <message>
        <source>Move theme</source>
        <translation>移动主题</translation>
    </message>
    <message>
        <source>Merge themes</source>
        <translation>合并主题</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>删除主题</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <source>Codebook</source>
        <translation>编码本</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>The codebook: themes and how often each is used</source>
        <translation>编码本：各主题及其使用次数</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>新建主题…</translation>
    </message>
    <message>
        <source>Add a theme at the top level</source>
        <translation>在顶层添加主题</translation>
    </message>
    <message>
        <source>New sub-theme…</source>
        <translation>新建子主题…</translation>
    </message>
    <message>
        <source>Add a theme under the selected one</source>
        <translation>在所选主题下添加主题</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rename the selected theme</source>
        <translation>重命名所选主题</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Choose the theme&apos;s colour</source>
        <translation>选择主题的颜色</translation>
    </message>
    <message>
        <source>Description…</source>
        <translation>描述…</translation>
    </message>
    <message>
        <source>Edit what the theme means and when to use it</source>
        <translation>编辑该主题的含义和适用场合</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Move this theme&apos;s uses and sub-themes into another theme</source>
        <translation>将此主题的使用和子主题移入另一个主题</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the theme and its sub-themes</source>
        <translation>删除该主题及其子主题</translation>
    </message>
    <message>
        <source>Theme Page</source>
        <translation>主题页面</translation>
    </message>
    <message>
        <source>Every passage and quote with this theme</source>
        <translation>带有此主题的全部段落和引语</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>More theme actions</source>
        <translation>更多主题操作</translation>
    </message>
    <message>
        <source>Rename, recolour, describe or merge the selected theme</source>
        <translation>重命名、改色、描述或合并所选主题</translation>
    </message>
    <message>
        <source>No themes yet.
New theme… adds one; then select text and press T.</source>
        <translation>还没有主题。
用“新建主题…”添加一个，然后选择文字并按 T。</translation>
    </message>
    <message>
        <source>Name of the new sub-theme of “{0}”:</source>
        <translation>“{0}”的新子主题名称：</translation>
    </message>
    <message>
        <source>Name of the theme:</source>
        <translation>主题名称：</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>新建主题</translation>
    </message>
    <message>
        <source>Colour of “{0}”</source>
        <translation>“{0}”的颜色</translation>
    </message>
    <message>
        <source>Theme description</source>
        <translation>主题描述</translation>
    </message>
    <message>
        <source>What “{0}” means and when to use it:</source>
        <translation>“{0}”的含义及适用场合：</translation>
    </message>
    <message>
        <source>Merge theme</source>
        <translation>合并主题</translation>
    </message>
    <message>
        <source>Merge “{0}” into:</source>
        <translation>将“{0}”合并到：</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) will move to “{0}”.</source>
        <translation>
            <numerusform>%n 条标注将移到“{0}”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-theme(s) will move with them.</source>
        <translation>
            <numerusform>%n 个子主题将随之移动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge “{0}” into “{1}”?</source>
        <translation>将“{0}”合并到“{1}”？</translation>
    </message>
    <message>
        <source>“{0}” will be removed.</source>
        <translation>“{0}”将被移除。</translation>
    </message>
    <message>
        <source>Merge themes</source>
        <translation>合并主题</translation>
    </message>
    <message>
        <source>Delete the theme “{0}”?</source>
        <translation>删除主题“{0}”？</translation>
    </message>
    <message numerus="yes">
        <source>This also deletes %n sub-theme(s).</source>
        <translation>
            <numerusform>这也会删除 %n 个子主题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It removes %n use(s) of these themes from annotations (the annotations themselves stay).</source>
        <translation>
            <numerusform>并从标注中移除这些主题的 %n 处使用（标注本身保留）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>删除主题</translation>
    </message>
</context>
<context>
    <name>CoderComparison</name>
    <message>
        <source>Show &amp;Disagreements</source>
        <translation>显示分歧(&amp;D)</translation>
    </message>
    <message>
        <source>Needs an article annotated by two coders or more</source>
        <translation>需要一篇由两位或更多编码员标注过的文章</translation>
    </message>
    <message>
        <source>&amp;Hide Disagreements</source>
        <translation>隐藏分歧(&amp;H)</translation>
    </message>
</context>
<context>
    <name>CoderDialog</name>
    <message>
        <source>Who is coding?</source>
        <translation>谁在编码？</translation>
    </message>
    <message>
        <source>Your name as a coder</source>
        <translation>你作为编码员的名字</translation>
    </message>
    <message>
        <source>Annotary stores your name on every annotation you make, so that the work of several coders can be told apart and compared. You can change it later in Preferences.</source>
        <translation>Annotary 会在你做的每条标注上记录你的名字，以便区分和比较多位编码员的工作。之后可以在“首选项”中修改。</translation>
    </message>
    <message>
        <source>Coder name</source>
        <translation>编码员名字</translation>
    </message>
    <message>
        <source>Start coding</source>
        <translation>开始编码</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>你的名字(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>CountListModel</name>
    <message>
        <source>{0}: {1}. Click to see these rows.</source>
        <translation>{0}：{1}。点击查看这些行。</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>{0}: {1} (a sum: one annotation may count in several cells)</source>
        <translation>{0}：{1}（合计：一条标注可能计入多个单元格）</translation>
    </message>
    <message>
        <source>{0}: {1}. Click to see these rows.</source>
        <translation>{0}：{1}。点击查看这些行。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>CountsView</name>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Voice share (quote types)</source>
        <translation>发声占比（引语类型）</translation>
    </message>
    <message>
        <source>Theme co-occurrence</source>
        <translation>主题共现</translation>
    </message>
    <message>
        <source>by outlet</source>
        <translation>按媒体</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>by speaker</source>
        <translation>按说话人</translation>
    </message>
    <message>
        <source>by theme</source>
        <translation>按主题</translation>
    </message>
    <message>
        <source>by speaker role</source>
        <translation>按说话人角色</translation>
    </message>
    <message>
        <source>by affiliation</source>
        <translation>按所属机构</translation>
    </message>
    <message>
        <source>on the same annotation</source>
        <translation>在同一条标注中</translation>
    </message>
    <message>
        <source>in the same paragraph</source>
        <translation>在同一自然段中</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>% of row</source>
        <translation>行百分比</translation>
    </message>
    <message>
        <source>% of column</source>
        <translation>列百分比</translation>
    </message>
    <message>
        <source>Chart: automatic</source>
        <translation>图表：自动</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>条形图</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>折线图</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image, dark (*.png)</source>
        <translation>PNG 图像，深色 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing, dark (*.svg)</source>
        <translation>SVG 矢量图，深色 (*.svg)</translation>
    </message>
    <message>
        <source>PDF, dark (*.pdf)</source>
        <translation>PDF，深色 (*.pdf)</translation>
    </message>
    <message>
        <source>What to count</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>统计维度</translation>
    </message>
    <message>
        <source>Counts or percentages</source>
        <translation>计数或百分比</translation>
    </message>
    <message>
        <source>Kind of chart</source>
        <translation>图表类型</translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>将图表保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>The counts could not be made: {0}</source>
        <translation>无法完成统计：{0}</translation>
    </message>
    <message>
        <source>Nothing to count yet: annotate some articles first.</source>
        <translation>暂无可统计的内容：请先标注一些文章。</translation>
    </message>
    <message>
        <source>Annotations counted: {0}. Click a cell or a bar to see its rows.</source>
        <translation>已统计标注：{0}。点击单元格或条形可查看对应的行。</translation>
    </message>
    <message>
        <source>Click a cell or a square to see its rows.</source>
        <translation>点击单元格或方块可查看对应的行。</translation>
    </message>
    <message>
        <source>This total is a sum: one annotation may count in several of its cells</source>
        <translation>此合计为加总：一条标注可能计入其中多个单元格</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Saved the table to {0}</source>
        <translation>表格已保存到 {0}</translation>
    </message>
    <message>
        <source>Saved the chart to {0}</source>
        <translation>图表已保存到 {0}</translation>
    </message>
</context>
<context>
    <name>DisagreementMenu</name>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Any Category</source>
        <translation>任意类别</translation>
    </message>
    <message>
        <source>Theme: {0}</source>
        <translation>主题：{0}</translation>
    </message>
</context>
<context>
    <name>DisagreementView</name>
    <message>
        <source>any category</source>
        <translation>任意类别</translation>
    </message>
    <message>
        <source>Open an article to see where the coders differ</source>
        <translation>打开一篇文章以查看编码员的分歧之处</translation>
    </message>
    <message>
        <source>Only one coder has annotated this article: nothing to compare</source>
        <translation>只有一位编码员标注过这篇文章：无可比较</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) where {0} differ on {1}</source>
        <translation>
            <numerusform>{0} 在{1}上有 %n 处分歧</numerusform>
        </translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>the theme {0}</source>
        <translation>主题“{0}”</translation>
    </message>
    <message>
        <source>Show disagreements</source>
        <translation>显示分歧</translation>
    </message>
    <message>
        <source>Coders differ here ({0})</source>
        <translation>编码员在此处有分歧（{0}）</translation>
    </message>
    <message>
        <source>Coded differently by: {0}</source>
        <translation>编码不同者：{0}</translation>
    </message>
    <message>
        <source>Coded by: {0}</source>
        <translation>已编码者：{0}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Not coded by: {0}</source>
        <translation>未编码者：{0}</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>speaker mention</source>
        <translation>说话人提及</translation>
    </message>
    <message>
        <source>passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>间接</translation>
    </message>
    <message>
        <source>anchored</source>
        <translation>已定位</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>已失锚</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>DocumentBuilder</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>By {0}</source>
        <translation>作者：{0}</translation>
    </message>
</context>
<context>
    <name>DuplicateGroupDialog</name>
    <message>
        <source>Near-duplicates</source>
        <translation>近似重复</translation>
    </message>
    <message>
        <source>These articles have nearly the same text. Choose the article to keep in the list, then keep all, hide the others (they stay in the project) or merge them into it (every annotation moves to it).</source>
        <translation>这些文章的文本几乎相同。请在列表中选出要保留的文章，然后选择全部保留、隐藏其他文章（它们仍留在项目中），或将其他文章合并到它（所有标注都会移到这篇文章）。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Keep All</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <source>Hide Others</source>
        <translation>隐藏其他</translation>
    </message>
    <message>
        <source>Show Hidden</source>
        <translation>显示已隐藏</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge into the chosen article; the others&apos; annotations move to it</source>
        <translation>合并到所选文章；其他文章的标注会移到它上面</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>已保留</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>Merged into one article. Annotations placed: {placed}; kept as orphaned (their text was not found): {orphaned}</source>
        <translation>已合并为一篇文章。已放置的标注：{placed}；保留为已失锚（未找到其文本）：{orphaned}</translation>
    </message>
    <message>
        <source>Merged into one article. Annotations placed: {placed}</source>
        <translation>已合并为一篇文章。已放置的标注：{placed}</translation>
    </message>
</context>
<context>
    <name>DuplicateOperations</name>
    <message>
        <source>Find near-duplicates</source>
        <translation>查找近似重复</translation>
    </message>
    <message>
        <source>Comparing articles</source>
        <translation>正在比较文章</translation>
    </message>
    <message>
        <source>Read near-duplicates</source>
        <translation>读取近似重复</translation>
    </message>
    <message>
        <source>Keep all near-duplicates</source>
        <translation>保留全部近似重复</translation>
    </message>
    <message>
        <source>Hide near-duplicates</source>
        <translation>隐藏近似重复</translation>
    </message>
    <message>
        <source>Show hidden near-duplicates</source>
        <translation>显示已隐藏的近似重复</translation>
    </message>
    <message>
        <source>Merge near-duplicates</source>
        <translation>合并近似重复</translation>
    </message>
</context>
<context>
    <name>DuplicatesBar</name>
    <message>
        <source>Near-duplicates</source>
        <translation>近似重复</translation>
    </message>
    <message>
        <source>Articles with nearly the same text (wire copy)</source>
        <translation>文本几乎相同的文章（如通讯社稿件）</translation>
    </message>
    <message>
        <source>Show Near-Duplicates Only</source>
        <translation>仅显示近似重复</translation>
    </message>
    <message>
        <source>Show only articles that have near-duplicates</source>
        <translation>只显示有近似重复的文章</translation>
    </message>
    <message>
        <source>Keep, Hide or Merge…</source>
        <translation>保留、隐藏或合并…</translation>
    </message>
    <message>
        <source>Keep, hide or merge the near-duplicates of the selected article</source>
        <translation>保留、隐藏或合并所选文章的近似重复</translation>
    </message>
    <message>
        <source>Find Near-Duplicates</source>
        <translation>查找近似重复</translation>
    </message>
    <message>
        <source>Compare the articles imported before with each other</source>
        <translation>将之前导入的文章相互比较</translation>
    </message>
    <message>
        <source>Comparing stopped; the articles compared so far keep their results</source>
        <translation>比较已停止；已比较的文章保留其结果</translation>
    </message>
    <message>
        <source>One near-duplicate found</source>
        <translation>找到 1 篇近似重复</translation>
    </message>
    <message numerus="yes">
        <source>%n near-duplicates found</source>
        <translation>
            <numerusform>找到 %n 篇近似重复</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an article to see its near-duplicates</source>
        <translation>选择一篇文章以查看其近似重复</translation>
    </message>
    <message>
        <source>This article has no near-duplicates</source>
        <translation>这篇文章没有近似重复</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>The whole &amp;project</source>
        <translation>整个项目(&amp;P)</translation>
    </message>
    <message>
        <source>The &amp;current article</source>
        <translation>当前文章(&amp;C)</translation>
    </message>
    <message>
        <source>Annotations with the chosen &amp;themes</source>
        <translation>带有所选主题的标注(&amp;T)</translation>
    </message>
    <message>
        <source>Open an article to export it alone</source>
        <translation>打开一篇文章才能单独导出它</translation>
    </message>
    <message>
        <source>The &amp;current article: {0}</source>
        <translation>当前文章(&amp;C)：{0}</translation>
    </message>
    <message>
        <source>Themes to export</source>
        <translation>要导出的主题</translation>
    </message>
    <message>
        <source>Sub-themes of a chosen theme are included.</source>
        <translation>所选主题的子主题也会包含在内。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>选择导出的保存位置</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>An export is running.</source>
        <translation>正在导出。</translation>
    </message>
    <message>
        <source>Tick at least one theme to export.</source>
        <translation>请至少勾选一个要导出的主题。</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>文件夹 {0} 不存在。</translation>
    </message>
    <message>
        <source>This format always holds the whole codebook</source>
        <translation>此格式总是包含整个编码本</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>写入文件</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>正在写入 {0}…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>导出已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>Wrote {0} to {1}.</source>
        <translation>已将 {0} 写入 {1}。</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>已导出到 {0}</translation>
    </message>
    <message>
        <source>Nothing was written: {0}</source>
        <translation>未写入任何内容：{0}</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Annotary JSON</source>
        <translation>Annotary JSON</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C 网络标注 (JSON-LD)</translation>
    </message>
    <message>
        <source>W3C Web Annotation, plain list</source>
        <translation>W3C 网络标注，简单列表</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>REFI-QDA 项目</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>REFI-QDA 编码本</translation>
    </message>
    <message>
        <source>Quotes table (CSV)</source>
        <translation>引语表 (CSV)</translation>
    </message>
    <message>
        <source>Coded passages table (CSV)</source>
        <translation>已编码段落表 (CSV)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>Annotations joined with articles (JSON Lines)</source>
        <translation>标注及所属文章 (JSON Lines)</translation>
    </message>
    <message>
        <source>Taguette codebook (CSV)</source>
        <translation>Taguette 编码本 (CSV)</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>Articles and news exports ({0})</source>
        <translation>文章和新闻数据库导出文件 ({0})</translation>
    </message>
    <message>
        <source>Annotary projects (*.annotary)</source>
        <translation>Annotary 项目 (*.annotary)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>{0} already exists; open it with File › Open.</source>
        <translation>{0} 已存在；请用“文件 › 打开”打开它。</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Wait for the import to finish before opening another project</source>
        <translation>请等导入完成后再打开其他项目</translation>
    </message>
    <message>
        <source>{0} cannot be opened: {1}</source>
        <translation>无法打开 {0}：{1}</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>已打开 {0}</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>导入一个文件夹中的文章</translation>
    </message>
    <message>
        <source>Import EPUB Books</source>
        <translation>导入 EPUB 图书</translation>
    </message>
    <message>
        <source>Import each EPUB book as one article, or each of its chapters as an article of its own?</source>
        <translation>将每本 EPUB 图书导入为一篇文章，还是将其每一章分别导入为一篇文章？</translation>
    </message>
    <message>
        <source>One Article per Book</source>
        <translation>每本书一篇文章</translation>
    </message>
    <message>
        <source>One Article per Chapter</source>
        <translation>每章一篇文章</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste</source>
        <translation>剪贴板中没有可粘贴的文字</translation>
    </message>
    <message>
        <source>That text is already in the project: opened it</source>
        <translation>这段文字已在项目中：已将其打开</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search the text, notes and titles…</source>
        <translation>搜索文本、备注和标题…</translation>
    </message>
    <message>
        <source>Search within the rows</source>
        <translation>在各行中搜索</translation>
    </message>
    <message>
        <source>Any speaker (name or alias)</source>
        <translation>任意说话人（姓名或别名）</translation>
    </message>
    <message>
        <source>Speaker, by name or alias</source>
        <translation>说话人，按姓名或别名</translation>
    </message>
    <message>
        <source>A speaker&apos;s name or any of their aliases: all of that person&apos;s rows</source>
        <translation>说话人的姓名或任一别名：显示此人的所有行</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>任意主题</translation>
    </message>
    <message>
        <source>with sub-themes</source>
        <translation>含子主题</translation>
    </message>
    <message>
        <source>Also the rows coded with a theme below this one</source>
        <translation>也包括编码为其下级主题的行</translation>
    </message>
    <message>
        <source>Quote type</source>
        <translation>引语类型</translation>
    </message>
    <message>
        <source>Direct and reported</source>
        <translation>直接与间接</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>间接</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>任意媒体</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>任意语言</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>Any collection</source>
        <translation>任意合集</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Any coder</source>
        <translation>任意编码员</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>起始日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>截止日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Write the date as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>日期格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <source>Text to find; Enter for next, Shift+Enter for previous</source>
        <translation>要查找的文字；按 Enter 查找下一个，Shift+Enter 查找上一个</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配 (F3)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>第 {0} 个，共 {1} 个</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Highlighting</name>
    <message>
        <source>Quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Speaker mention</source>
        <translation>说话人提及</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Themes: {0}</source>
        <translation>主题：{0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>备注：{0}</translation>
    </message>
    <message>
        <source>Orphaned: its text was not found again after an edit</source>
        <translation>已失锚：编辑后未能再找到其文字</translation>
    </message>
    <message>
        <source>Coder: {0}</source>
        <translation>编码员：{0}</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>{0}: one article read</source>
        <translation>{0}：已读取 1 篇文章</translation>
    </message>
    <message>
        <source>{0}: {1} articles read</source>
        <translation>{0}：已读取 {1} 篇文章</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Imported {0}: {1}</source>
        <translation>已导入 {0}：{1}</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>not a kind of file Annotary reads ({0})</source>
        <translation>Annotary 无法读取此类文件（{0}）</translation>
    </message>
    <message>
        <source>not a kind of file Annotary reads</source>
        <translation>Annotary 无法读取此类文件</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>已导入 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the project</source>
        <translation>
            <numerusform>%n 个文件已在项目中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n 个文件未导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of other kinds in the folders left out</source>
        <translation>
            <numerusform>文件夹中 %n 个其他类型的文件已略过</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a list</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>Import: {0}</source>
        <translation>导入：{0}</translation>
    </message>
    <message>
        <source>{0}.</source>
        <translation>{0}。</translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled; the %n article(s) imported before it were kept.</source>
        <translation>
            <numerusform>导入已取消；取消前已导入的 %n 篇文章已保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled before any article was stored.</source>
        <translation>导入在存入任何文章之前已取消。</translation>
    </message>
    <message>
        <source>Not imported:
{0}</source>
        <translation>未导入：
{0}</translation>
    </message>
    <message>
        <source>Notes:
{0}</source>
        <translation>说明：
{0}</translation>
    </message>
    <message>
        <source>Already in the project (not imported again):
{0}</source>
        <translation>已在项目中（未重复导入）：
{0}</translation>
    </message>
</context>
<context>
    <name>InterchangeImport</name>
    <message>
        <source>Annotary JSON (*.json);;All files (*)</source>
        <translation>Annotary JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qdc);;All files (*)</source>
        <translation>REFI-QDA 项目和编码本 (*.qdpx *.qdc);;所有文件 (*)</translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation>已有导入正在进行</translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <source>Window</source>
        <translation>整个窗口</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>阅读区</translation>
    </message>
    <message>
        <source>Annotations list</source>
        <translation>标注列表</translation>
    </message>
    <message>
        <source>Suggestions list</source>
        <translation>建议列表</translation>
    </message>
    <message>
        <source>Codebook panel</source>
        <translation>编码本面板</translation>
    </message>
    <message>
        <source>Speakers panel</source>
        <translation>说话人面板</translation>
    </message>
    <message>
        <source>Analysis window</source>
        <translation>分析窗口</translation>
    </message>
    <message>
        <source>Note or memo</source>
        <translation>备注或备忘录</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Paste as new article</source>
        <translation>粘贴为新文章</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>Copy the selection</source>
        <translation>复制所选内容</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Search library</source>
        <translation>搜索文库</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Show the library</source>
        <translation>显示文库</translation>
    </message>
    <message>
        <source>Show the annotations</source>
        <translation>显示标注</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>下一篇文章</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>上一篇文章</translation>
    </message>
    <message>
        <source>Tag the selection as a quote</source>
        <translation>将所选内容标为引语</translation>
    </message>
    <message>
        <source>Tag the selection as a speaker</source>
        <translation>将所选内容标为说话人</translation>
    </message>
    <message>
        <source>Tag the selection with a theme</source>
        <translation>为所选内容标注主题</translation>
    </message>
    <message>
        <source>Note on the selection</source>
        <translation>为所选内容添加备注</translation>
    </message>
    <message>
        <source>Add the selection to the quote as another part</source>
        <translation>将所选内容作为另一部分加入引语</translation>
    </message>
    <message>
        <source>Apply a recent theme</source>
        <translation>应用最近使用的主题</translation>
    </message>
    <message>
        <source>Clear the selection / close Find</source>
        <translation>取消选择 / 关闭查找</translation>
    </message>
    <message>
        <source>Suggest quotes</source>
        <translation>建议引语</translation>
    </message>
    <message>
        <source>Accept all above confidence</source>
        <translation>接受高于置信度的全部建议</translation>
    </message>
    <message>
        <source>Accept the suggestion</source>
        <translation>接受该建议</translation>
    </message>
    <message>
        <source>Reject the suggestion</source>
        <translation>拒绝该建议</translation>
    </message>
    <message>
        <source>Write or edit the note</source>
        <translation>撰写或编辑备注</translation>
    </message>
    <message>
        <source>Delete the selected annotations</source>
        <translation>删除所选标注</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>新建主题</translation>
    </message>
    <message>
        <source>New sub-theme</source>
        <translation>新建子主题</translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation>重命名主题</translation>
    </message>
    <message>
        <source>Delete the theme</source>
        <translation>删除主题</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>添加说话人</translation>
    </message>
    <message>
        <source>Edit the cell</source>
        <translation>编辑单元格</translation>
    </message>
    <message>
        <source>Delete the speaker</source>
        <translation>删除说话人</translation>
    </message>
    <message>
        <source>Quotes across the project</source>
        <translation>全项目的引语</translation>
    </message>
    <message>
        <source>Passages across the project</source>
        <translation>全项目的段落</translation>
    </message>
    <message>
        <source>Counts and charts</source>
        <translation>计数与图表</translation>
    </message>
    <message>
        <source>Project memo</source>
        <translation>项目备忘录</translation>
    </message>
    <message>
        <source>Copy the selected rows as a table</source>
        <translation>将所选行复制为表格</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>LibraryColumns</name>
    <message>
        <source>The title is always shown</source>
        <translation>标题列总是显示</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
    <message>
        <source>Show the usual columns at their usual widths and places</source>
        <translation>恢复默认的列、列宽和列顺序</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Annot.</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>相似</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Annotations in the article</source>
        <translation>文章中的标注数</translation>
    </message>
    <message>
        <source>• not read yet</source>
        <translation>• 尚未阅读</translation>
    </message>
    <message>
        <source>Near-duplicates: other articles with nearly the same text</source>
        <translation>近似重复：文本几乎相同的其他文章</translation>
    </message>
    <message>
        <source>One other article with nearly the same text</source>
        <translation>另有 1 篇文章的文本几乎相同</translation>
    </message>
    <message numerus="yes">
        <source>%n other articles with nearly the same text</source>
        <translation>
            <numerusform>另有 %n 篇文章的文本几乎相同</numerusform>
        </translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <source>Search articles…</source>
        <translation>搜索文章…</translation>
    </message>
    <message>
        <source>Search the articles</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Published on or after this date: YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>发布日期不早于此日期：YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Published on or before this date: YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>发布日期不晚于此日期：YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>{0} filter</source>
        <translation>{0}筛选</translation>
    </message>
    <message>
        <source>Show only articles of this {0}</source>
        <translation>仅显示此{0}的文章</translation>
    </message>
    <message>
        <source>{0}: All</source>
        <translation>{0}：全部</translation>
    </message>
    <message>
        <source>Write the date as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>日期格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message numerus="yes">
        <source>%n matching article(s)</source>
        <translation>
            <numerusform>%n 篇匹配的文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n article(s)</source>
        <translation>
            <numerusform>{0} / %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Search: {0}</source>
        <translation>搜索：{0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Annotary</source>
        <translation>Annotary</translation>
    </message>
    <message>
        <source>The name stored on your annotations (Preferences changes it)</source>
        <translation>记录在你的标注上的名字（可在首选项中修改）</translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel it, then quit</source>
        <translation>请等待导入完成或取消导入后再退出</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Coder: {0}</source>
        <translation>编码员：{0}</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>“{0}” was deleted, so it was closed</source>
        <translation>“{0}”已被删除，因此已关闭</translation>
    </message>
    <message>
        <source>Show the new text</source>
        <translation>显示新文本</translation>
    </message>
    <message>
        <source>The text of “{0}” changed</source>
        <translation>“{0}”的文本已更改</translation>
    </message>
    <message>
        <source>Delete articles</source>
        <translation>删除文章</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) with their annotations? Edit › Undo brings them back.</source>
        <translation>
            <numerusform>删除 %n 篇文章及其标注？“编辑 › 撤销”可以恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened {0} in your browser</source>
        <translation>已在浏览器中打开 {0}</translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation>{0}失败：{1}</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <source>Project Memo — Annotary</source>
        <translation>项目备忘录 — Annotary</translation>
    </message>
    <message>
        <source>Memos on the whole project: questions, hunches, decisions about the codebook…</source>
        <translation>关于整个项目的备忘：问题、直觉、有关编码本的决定…</translation>
    </message>
    <message>
        <source>Project memo</source>
        <translation>项目备忘录</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>- {problem}</source>
        <translation>- {problem}</translation>
    </message>
    <message>
        <source>--occurrence counts from 1</source>
        <translation>--occurrence 从 1 开始计数</translation>
    </message>
    <message>
        <source>1 annotation of article {article}, which is not in the export, skipped</source>
        <translation>文章 {article} 不在导出范围内，其 1 条标注已跳过</translation>
    </message>
    <message>
        <source>1 case not imported ({names}): a case from another tool becomes a speaker only when it is linked to text selections</source>
        <translation>1 个个案未导入（{names}）：来自其他工具的个案只有在关联到文本选区时才会成为说话人</translation>
    </message>
    <message>
        <source>1 code</source>
        <translation>1 个代码</translation>
    </message>
    <message>
        <source>1 coding refer to codes missing from the codebook; those codings were dropped</source>
        <translation>1 处编码引用了编码本中没有的代码；这些编码已舍弃</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 条备注</translation>
    </message>
    <message>
        <source>1 project note (memos, journals, the project description) added to the project memo, each under its name as a heading</source>
        <translation>1 条项目笔记（备忘录、日志、项目说明）已加入项目备忘录，各以其名称为标题</translation>
    </message>
    <message>
        <source>Annotary file</source>
        <translation>Annotary 文件</translation>
    </message>
    <message>
        <source>Not a valid Annotary file (more than {count} problems):
{problems}</source>
        <translation>不是有效的 Annotary 文件（超过 {count} 处问题）：
{problems}</translation>
    </message>
    <message>
        <source>Not a valid Annotary file ({count} problems):
{problems}</source>
        <translation>不是有效的 Annotary 文件（{count} 处问题）：
{problems}</translation>
    </message>
    <message>
        <source>Not a valid Annotary file: it holds a number with thousands of digits</source>
        <translation>不是有效的 Annotary 文件：其中有一个长达数千位的数字</translation>
    </message>
    <message>
        <source>Not a valid Annotary file: its values are nested too deeply</source>
        <translation>不是有效的 Annotary 文件：其中的值嵌套过深</translation>
    </message>
    <message>
        <source>Not a valid Annotary file: version: expected an integer, got {got}</source>
        <translation>不是有效的 Annotary 文件：version：应为整数，实际为 {got}</translation>
    </message>
    <message>
        <source>Not a valid Annotary file: version: expected an integer, missing</source>
        <translation>不是有效的 Annotary 文件：version：应为整数，但缺少该项</translation>
    </message>
    <message>
        <source>Not a valid Annotary file: version: {version} is not a format version (versions start at 1)</source>
        <translation>不是有效的 Annotary 文件：version：{version} 不是格式版本（版本从 1 开始）</translation>
    </message>
    <message>
        <source>Not a valid Annotary file: {name} is not a JSON number</source>
        <translation>不是有效的 Annotary 文件：{name} 不是 JSON 数字</translation>
    </message>
    <message>
        <source>Not a valid Annotary file: {problem}</source>
        <translation>不是有效的 Annotary 文件：{problem}</translation>
    </message>
    <message>
        <source>Not an Annotary file: format: expected {wanted}, got {got}</source>
        <translation>不是 Annotary 文件：format：应为 {wanted}，实际为 {got}</translation>
    </message>
    <message>
        <source>Not an Annotary file: format: missing (an Annotary file has &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>不是 Annotary 文件：format：缺少该项（Annotary 文件含有 &quot;format&quot;: &quot;{format}&quot;）</translation>
    </message>
    <message>
        <source>Not an Annotary file: not UTF-8 text (byte 0x{byte} at line {line}, byte offset {offset})</source>
        <translation>不是 Annotary 文件：不是 UTF-8 文本（第 {line} 行的字节 0x{byte}，字节偏移 {offset}）</translation>
    </message>
    <message>
        <source>Not an Annotary file: not valid JSON at line {line}, column {column}: {error}</source>
        <translation>不是 Annotary 文件：第 {line} 行第 {column} 列不是有效的 JSON：{error}</translation>
    </message>
    <message>
        <source>Not an Annotary file: the file is empty</source>
        <translation>不是 Annotary 文件：文件为空</translation>
    </message>
    <message>
        <source>Not an Annotary file: the top level must be an object, got {got}</source>
        <translation>不是 Annotary 文件：顶层必须是对象，实际为{got}</translation>
    </message>
    <message>
        <source>PDF files need the pypdf package</source>
        <translation>PDF 文件需要 pypdf 软件包</translation>
    </message>
    <message>
        <source>PDF source {name} skipped: it has no plain-text representation</source>
        <translation>已跳过 PDF 来源 {name}：它没有纯文本形式</translation>
    </message>
    <message>
        <source>PDF source {name}: 1 area selection on pages skipped; selections in its text are imported</source>
        <translation>PDF 来源 {name}：已跳过页面上的 1 个区域选区；其文本中的选区已导入</translation>
    </message>
    <message>
        <source>PDF source {name}: {count} area selections on pages skipped; selections in its text are imported</source>
        <translation>PDF 来源 {name}：已跳过页面上的 {count} 个区域选区；其文本中的选区已导入</translation>
    </message>
    <message>
        <source>UTF-8 except 1 run of bytes, read as Windows-1252 (guessed)</source>
        <translation>除 1 段字节外均为 UTF-8，该段按 Windows-1252 读取（推测）</translation>
    </message>
    <message>
        <source>UTF-8 except {count} runs of bytes, read as Windows-1252 (guessed)</source>
        <translation>除 {count} 段字节外均为 UTF-8，这些字节按 Windows-1252 读取（推测）</translation>
    </message>
    <message>
        <source>Word documents need the python-docx package</source>
        <translation>Word 文档需要 python-docx 软件包</translation>
    </message>
    <message>
        <source>a REFI-QDA project</source>
        <translation>一个 REFI-QDA 项目</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a guess: other readings fit the selections as well ({why}); chose the usual reading of the file</source>
        <translation>推测：其他读法与选区同样吻合（{why}）；选用了该文件的常用读法</translation>
    </message>
    <message>
        <source>a guess: other readings fit the selections as well ({why}); chose the usual reading of {tool}</source>
        <translation>推测：其他读法与选区同样吻合（{why}）；选用了 {tool} 的常用读法</translation>
    </message>
    <message>
        <source>a link to a folder; links are not followed</source>
        <translation>指向文件夹的链接；不跟随链接</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a page of the PDF cannot be read ({error})</source>
        <translation>PDF 的某一页无法读取（{error}）</translation>
    </message>
    <message>
        <source>a quote type applies to quotes only</source>
        <translation>引语类型只适用于引语</translation>
    </message>
    <message>
        <source>a secure connection could not be made ({detail})</source>
        <translation>无法建立安全连接（{detail}）</translation>
    </message>
    <message>
        <source>a speaker cannot be merged into itself</source>
        <translation>说话人不能合并到自身</translation>
    </message>
    <message>
        <source>a speaker needs a name</source>
        <translation>说话人需要一个名字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a theme cannot be merged into itself</source>
        <translation>主题不能合并到自身</translation>
    </message>
    <message>
        <source>a theme cannot be merged into one of its own sub-themes</source>
        <translation>主题不能合并到它自己的子主题中</translation>
    </message>
    <message>
        <source>a theme cannot be moved under itself or one of its sub-themes</source>
        <translation>主题不能移到它自身或它的子主题之下</translation>
    </message>
    <message>
        <source>a theme needs a name</source>
        <translation>主题需要一个名称</translation>
    </message>
    <message>
        <source>a workbook with Quotes and Passages sheets</source>
        <translation>一个含 Quotes 和 Passages 两张工作表的工作簿</translation>
    </message>
    <message>
        <source>agreement needs at least two coders to compare</source>
        <translation>一致性比较至少需要两位编码员</translation>
    </message>
    <message>
        <source>agreement needs at least two coders; this project has {count}</source>
        <translation>一致性比较至少需要两位编码员；本项目有 {count} 位</translation>
    </message>
    <message>
        <source>an EPUB book</source>
        <translation>EPUB 电子书</translation>
    </message>
    <message>
        <source>an OpenDocument text</source>
        <translation>OpenDocument 文本</translation>
    </message>
    <message>
        <source>an annotation has at most {count} segments</source>
        <translation>一条标注最多有 {count} 个部分</translation>
    </message>
    <message>
        <source>an annotation needs at least one segment</source>
        <translation>一条标注至少需要一个部分</translation>
    </message>
    <message>
        <source>an annotation&apos;s only segment cannot be removed: delete it</source>
        <translation>标注唯一的部分不能移除：请删除这条标注</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an article needs a title</source>
        <translation>文章需要一个标题</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>annotation {id} in {title}</source>
        <translation>{title} 中的标注 {id}</translation>
    </message>
    <message>
        <source>annotation {id} on {text} was edited on both sides; kept the imported version (newer)</source>
        <translation>标注 {id}（{text}）在两边都被编辑过；保留了导入的版本（较新）</translation>
    </message>
    <message>
        <source>annotation {id} on {text} was edited on both sides; kept this project&apos;s version (newer)</source>
        <translation>标注 {id}（{text}）在两边都被编辑过；保留了本项目的版本（较新）</translation>
    </message>
    <message>
        <source>annotation {number}</source>
        <translation>标注 {number}</translation>
    </message>
    <message>
        <source>another program has changed those records since</source>
        <translation>此后另一个程序修改了这些记录</translation>
    </message>
    <message>
        <source>article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>article {article}: length must not be negative</source>
        <translation>文章 {article}：长度不能为负数</translation>
    </message>
    <message>
        <source>article {article}: span ({start}, {end}) of {coder} lies outside the text (0..{length})</source>
        <translation>文章 {article}：{coder} 的范围（{start}, {end}）超出了文本（0..{length}）</translation>
    </message>
    <message>
        <source>article {id} is not one of this group&apos;s articles</source>
        <translation>文章 {id} 不属于这一组</translation>
    </message>
    <message>
        <source>article {title}: its text differs; kept this project&apos;s text and re-anchored the incoming annotations on it</source>
        <translation>文章 {title}：文本不同；保留了本项目的文本，并将导入的标注重新锚定到该文本上</translation>
    </message>
    <message>
        <source>article {title}: published date {value} is not YYYY-MM-DD; left out</source>
        <translation>文章 {title}：发布日期 {value} 不是 YYYY-MM-DD 格式；已略去</translation>
    </message>
    <message>
        <source>both coders must code the same units: got {first} and {second} values</source>
        <translation>两位编码员必须为相同的单元编码：得到的值分别为 {first} 个和 {second} 个</translation>
    </message>
    <message>
        <source>can&apos;t redo {what}: another program has changed those records since</source>
        <translation>无法重做 {what}：此后另一个程序修改了这些记录</translation>
    </message>
    <message>
        <source>can&apos;t undo or redo this: another program has changed those records since</source>
        <translation>无法撤销或重做此操作：此后另一个程序修改了这些记录</translation>
    </message>
    <message>
        <source>can&apos;t undo {what}: another program has changed those records since</source>
        <translation>无法撤销 {what}：此后另一个程序修改了这些记录</translation>
    </message>
    <message>
        <source>cannot annotate blank text</source>
        <translation>不能标注空白文本</translation>
    </message>
    <message>
        <source>cannot count by {by}</source>
        <translation>不能按 {by} 计数</translation>
    </message>
    <message>
        <source>cannot write {target}: folder {folder} does not exist</source>
        <translation>无法写入 {target}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>cannot write {target}: it is a folder</source>
        <translation>无法写入 {target}：这是一个文件夹</translation>
    </message>
    <message>
        <source>cannot write {target}: {reason}</source>
        <translation>无法写入 {target}：{reason}</translation>
    </message>
    <message>
        <source>case {name}: repeated GUID; given a new one</source>
        <translation>个案 {name}：GUID 重复；已赋予新的 GUID</translation>
    </message>
    <message>
        <source>code name {name} is used {count} times; written as {written} so tools that need unique code names (QualCoder) keep every coding</source>
        <translation>代码名称 {name} 使用了 {count} 次；写为 {written}，以便要求代码名称唯一的工具（QualCoder）保留每一处编码</translation>
    </message>
    <message>
        <source>code points</source>
        <translation>码位</translation>
    </message>
    <message>
        <source>code {name}: missing or repeated GUID; given a new one</source>
        <translation>代码 {name}：GUID 缺失或重复；已赋予新的 GUID</translation>
    </message>
    <message>
        <source>codebook export: there are no themes to export</source>
        <translation>导出编码本：没有可导出的主题</translation>
    </message>
    <message>
        <source>colour {colour} is not of the form #rrggbb</source>
        <translation>颜色 {colour} 不是 #rrggbb 格式</translation>
    </message>
    <message>
        <source>date {date} is not of the form YYYY-MM-DD</source>
        <translation>日期 {date} 不是 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <source>each coder may be named only once in a comparison</source>
        <translation>一次比较中每位编码员只能列出一次</translation>
    </message>
    <message>
        <source>elements are nested more than {depth} deep (at most {depth}); the page cannot be read whole</source>
        <translation>元素嵌套超过 {depth} 层（最多 {depth} 层）；无法完整读取该网页</translation>
    </message>
    <message>
        <source>encoding guessed: {encoding}</source>
        <translation>推测编码：{encoding}</translation>
    </message>
    <message>
        <source>every reading places the selections alike</source>
        <translation>每种读法对选区的定位都相同</translation>
    </message>
    <message>
        <source>export onto</source>
        <translation>用作导出目标</translation>
    </message>
    <message>
        <source>files &apos;{suffix}&apos; cannot be imported (supported: {kinds})</source>
        <translation>无法导入“{suffix}”文件（支持：{kinds}）</translation>
    </message>
    <message>
        <source>files without a suffix cannot be imported (supported: {kinds})</source>
        <translation>无法导入没有后缀的文件（支持：{kinds}）</translation>
    </message>
    <message>
        <source>import a REFI-QDA project</source>
        <translation>用来导入 REFI-QDA 项目</translation>
    </message>
    <message>
        <source>import a codebook</source>
        <translation>用来导入编码本</translation>
    </message>
    <message>
        <source>import annotations</source>
        <translation>用来导入标注</translation>
    </message>
    <message>
        <source>import articles</source>
        <translation>用来导入文章</translation>
    </message>
    <message>
        <source>interval alpha needs finite numbers, got {value}</source>
        <translation>区间 alpha 需要有限的数值，得到的是 {value}</translation>
    </message>
    <message>
        <source>interval alpha needs numbers, got {value}; use the nominal level for labels</source>
        <translation>区间 alpha 需要数值，得到的是 {value}；标签请使用名义尺度</translation>
    </message>
    <message>
        <source>its text file {ref} is not in the archive</source>
        <translation>其文本文件 {ref} 不在压缩包中</translation>
    </message>
    <message>
        <source>more than {count} entries; the rest skipped</source>
        <translation>超过 {count} 个条目；其余已跳过</translation>
    </message>
    <message>
        <source>more than {count} of its documents cannot be read; the rest of the file was not read</source>
        <translation>其中超过 {count} 篇文档无法读取；文件的其余部分未再读取</translation>
    </message>
    <message>
        <source>no annotation with id {id}</source>
        <translation>没有 id 为 {id} 的标注</translation>
    </message>
    <message>
        <source>no article has been coded by all of: {coders}</source>
        <translation>没有一篇文章经过以下所有编码员编码：{coders}</translation>
    </message>
    <message>
        <source>no article matches {key} (give its id, an id prefix or its title)</source>
        <translation>没有与 {key} 匹配的文章（请给出其 id、id 前缀或标题）</translation>
    </message>
    <message>
        <source>no article with id {id}</source>
        <translation>没有 id 为 {id} 的文章</translation>
    </message>
    <message>
        <source>no backup named {name}</source>
        <translation>没有名为 {name} 的备份</translation>
    </message>
    <message>
        <source>no backup named {name}; see &apos;annotary backups&apos;</source>
        <translation>没有名为 {name} 的备份；请查看 &apos;annotary backups&apos;</translation>
    </message>
    <message>
        <source>no byte-order mark: read as {encoding} (guessed)</source>
        <translation>没有字节顺序标记：按 {encoding} 读取（推测）</translation>
    </message>
    <message>
        <source>no date line after the document separator</source>
        <translation>文档分隔行之后没有日期行</translation>
    </message>
    <message>
        <source>no group of near-duplicates {id}</source>
        <translation>没有近似重复组 {id}</translation>
    </message>
    <message>
        <source>no readable text was found</source>
        <translation>未找到可读的文本</translation>
    </message>
    <message>
        <source>no readable text was found in this page</source>
        <translation>此网页中没有找到可读的文本</translation>
    </message>
    <message>
        <source>no source and language lines after the word count</source>
        <translation>字数行之后没有来源行和语言行</translation>
    </message>
    <message>
        <source>no speaker with id {id}</source>
        <translation>没有 id 为 {id} 的说话人</translation>
    </message>
    <message>
        <source>no theme with id {id}</source>
        <translation>没有 id 为 {id} 的主题</translation>
    </message>
    <message>
        <source>no title, outlet and date line at the start of the document</source>
        <translation>文档开头没有标题、媒体和日期行</translation>
    </message>
    <message>
        <source>no word count line (&quot;734 words&quot;) in the document</source>
        <translation>文档中没有字数行（“734 words”）</translation>
    </message>
    <message>
        <source>not UTF-8; read as {encoding}</source>
        <translation>不是 UTF-8；按 {encoding} 读取</translation>
    </message>
    <message>
        <source>not a JSON file: {error}</source>
        <translation>不是 JSON 文件：{error}</translation>
    </message>
    <message>
        <source>not a usable Web Annotation file: it holds a number with thousands of digits</source>
        <translation>不是可用的 Web Annotation 文件：其中有一个长达数千位的数字</translation>
    </message>
    <message>
        <source>not a usable Web Annotation file: nested too deeply</source>
        <translation>不是可用的 Web Annotation 文件：嵌套过深</translation>
    </message>
    <message>
        <source>not a valid web address ({detail})</source>
        <translation>不是有效的网址（{detail}）</translation>
    </message>
    <message>
        <source>not a web address: it contains spaces or control characters</source>
        <translation>不是网址：其中含有空格或控制字符</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无内容</translation>
    </message>
    <message>
        <source>one</source>
        <translation>一个</translation>
    </message>
    <message>
        <source>only a quote has a quote type</source>
        <translation>只有引语才有引语类型</translation>
    </message>
    <message>
        <source>only http:// and https:// web addresses can be fetched</source>
        <translation>只能获取 http:// 和 https:// 网址</translation>
    </message>
    <message>
        <source>only one reading possible</source>
        <translation>只有一种可能的读法</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>permission denied (read-only or not yours)</source>
        <translation>没有权限（只读，或不属于你）</translation>
    </message>
    <message>
        <source>rows are exported as csv or xlsx, not {kind}</source>
        <translation>行只能导出为 csv 或 xlsx，不能导出为 {kind}</translation>
    </message>
    <message>
        <source>selection {selection} belongs to several cases; kept the first speaker</source>
        <translation>选区 {selection} 属于多个个案；保留了第一个说话人</translation>
    </message>
    <message>
        <source>set {name} not imported: none of its sources was imported</source>
        <translation>集合 {name} 未导入：其来源均未导入</translation>
    </message>
    <message>
        <source>set {name}: its {what} not grouped (Annotary groups only articles, in collections)</source>
        <translation>集合 {name}：其中的{what}未分组（Annotary 只将文章分组，即合集）</translation>
    </message>
    <message>
        <source>source variables not imported (no matching field): {names}</source>
        <translation>来源变量未导入（没有对应的字段）：{names}</translation>
    </message>
    <message>
        <source>source {name} skipped: it has no text</source>
        <translation>已跳过来源 {name}：它没有文本</translation>
    </message>
    <message>
        <source>source {name} skipped: it has only a rich-text (DOCX) version and no plain text</source>
        <translation>已跳过来源 {name}：它只有富文本（DOCX）版本，没有纯文本</translation>
    </message>
    <message>
        <source>source {name} skipped: {why}</source>
        <translation>已跳过来源 {name}：{why}</translation>
    </message>
    <message>
        <source>source {name}: 1 coding of the whole source skipped (Annotary codes spans of text)</source>
        <translation>来源 {name}：已跳过针对整个来源的 1 处编码（Annotary 只为文本片段编码）</translation>
    </message>
    <message>
        <source>source {name}: positions converted: read as {reading} ({why})</source>
        <translation>来源 {name}：位置已转换：按 {reading} 读取（{why}）</translation>
    </message>
    <message>
        <source>source {name}: positions: read as {reading} ({why})</source>
        <translation>来源 {name}：位置：按 {reading} 读取（{why}）</translation>
    </message>
    <message>
        <source>source {name}: published value {value} is not a date; dropped</source>
        <translation>来源 {name}：发布值 {value} 不是日期；已舍弃</translation>
    </message>
    <message>
        <source>source {name}: selection {label} skipped: its positions are missing or not numbers</source>
        <translation>来源 {name}：已跳过选区 {label}：其位置缺失或不是数字</translation>
    </message>
    <message>
        <source>source {name}: selection {label} skipped: span {start}-{end} is outside the text (length {length})</source>
        <translation>来源 {name}：已跳过选区 {label}：范围 {start}-{end} 超出了文本（长度 {length}）</translation>
    </message>
    <message>
        <source>source {name}: text {note}</source>
        <translation>来源 {name}：文本{note}</translation>
    </message>
    <message>
        <source>source {name}: {count} codings of the whole source skipped (Annotary codes spans of text)</source>
        <translation>来源 {name}：已跳过针对整个来源的 {count} 处编码（Annotary 只为文本片段编码）</translation>
    </message>
    <message>
        <source>sources {first} and {second} have the same text; kept as two articles</source>
        <translation>来源 {first} 和 {second} 的文本相同；保留为两篇文章</translation>
    </message>
    <message>
        <source>span ({start}, {end}) is not a range within {bound}</source>
        <translation>范围（{start}, {end}）不在 {bound} 之内</translation>
    </message>
    <message>
        <source>span {start}-{end} is outside the article&apos;s text (0-{length})</source>
        <translation>范围 {start}-{end} 超出了文章的文本（0-{length}）</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>speaker {name}: kept affiliation {kept} (other: {other})</source>
        <translation>说话人 {name}：保留了所属机构 {kept}（另一方：{other}）</translation>
    </message>
    <message>
        <source>speaker {name}: kept role {kept} (other: {other})</source>
        <translation>说话人 {name}：保留了角色 {kept}（另一方：{other}）</translation>
    </message>
    <message>
        <source>text length must not be negative, got {length}</source>
        <translation>文本长度不能为负数，得到的是 {length}</translation>
    </message>
    <message>
        <source>the EPUB has more than {count} chapters</source>
        <translation>该 EPUB 超过 {count} 章</translation>
    </message>
    <message>
        <source>the EPUB has no chapters to read</source>
        <translation>该 EPUB 没有可读的章节</translation>
    </message>
    <message>
        <source>the EPUB names no package document</source>
        <translation>该 EPUB 没有指明包文档</translation>
    </message>
    <message>
        <source>the PDF cannot be read ({error})</source>
        <translation>无法读取该 PDF（{error}）</translation>
    </message>
    <message>
        <source>the PDF has {count} pages (at most {limit})</source>
        <translation>该 PDF 有 {count} 页（最多 {limit} 页）</translation>
    </message>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>该 PDF 受密码保护</translation>
    </message>
    <message>
        <source>the Word document cannot be read ({error})</source>
        <translation>无法读取该 Word 文档（{error}）</translation>
    </message>
    <message>
        <source>the address could not be found (no such host, or no network connection)</source>
        <translation>找不到该地址（没有这个主机，或没有网络连接）</translation>
    </message>
    <message>
        <source>the address returned {content_type}, not a web page or text</source>
        <translation>该地址返回的是 {content_type}，不是网页或文本</translation>
    </message>
    <message>
        <source>the annotation has no segment {number}</source>
        <translation>这条标注没有第 {number} 部分</translation>
    </message>
    <message>
        <source>the archive inflates more than {ratio} times its size ({size} bytes to over {got}): a zip bomb?</source>
        <translation>压缩包解压后超过其大小的 {ratio} 倍（从 {size} 字节到超过 {got} 字节）：是 zip 炸弹吗？</translation>
    </message>
    <message>
        <source>the archive inflates to more than {limit} (at most {limit} in all)</source>
        <translation>压缩包解压后超过 {limit}（总共最多 {limit}）</translation>
    </message>
    <message>
        <source>the article contains {text} once, not {occurrence}</source>
        <translation>文章中 {text} 只出现 1 次，没有 {occurrence} 次</translation>
    </message>
    <message>
        <source>the article contains {text} {count} times, not {occurrence}</source>
        <translation>文章中 {text} 出现 {count} 次，没有 {occurrence} 次</translation>
    </message>
    <message>
        <source>the article does not contain {text}</source>
        <translation>文章中不含 {text}</translation>
    </message>
    <message>
        <source>the article has no {text} after {offset}</source>
        <translation>文章在位置 {offset} 之后没有 {text}</translation>
    </message>
    <message>
        <source>the codebook</source>
        <translation>编码本</translation>
    </message>
    <message>
        <source>the date line cannot be read: {line}</source>
        <translation>无法读取日期行：{line}</translation>
    </message>
    <message>
        <source>the disk is full (or a size limit was reached)</source>
        <translation>磁盘已满（或达到了大小上限）</translation>
    </message>
    <message>
        <source>the document has more than {count} paragraphs</source>
        <translation>该文档超过 {count} 个段落</translation>
    </message>
    <message>
        <source>the document has neither headline nor text</source>
        <translation>该文档既没有标题也没有正文</translation>
    </message>
    <message>
        <source>the document has neither title nor text</source>
        <translation>该文档既没有标题也没有正文</translation>
    </message>
    <message>
        <source>the entry inflates more than {ratio} times its compressed size ({size} bytes to over {got}): a zip bomb?</source>
        <translation>该条目解压后超过其压缩大小的 {ratio} 倍（从 {size} 字节到超过 {got} 字节）：是 zip 炸弹吗？</translation>
    </message>
    <message>
        <source>the entry inflates to more than {limit} (at most {limit})</source>
        <translation>该条目解压后超过 {limit}（最多 {limit}）</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>无法读取该文件（{reason}）</translation>
    </message>
    <message>
        <source>the file has no text</source>
        <translation>该文件没有文本</translation>
    </message>
    <message>
        <source>the file is too large ({size})</source>
        <translation>文件太大（{size}）</translation>
    </message>
    <message>
        <source>the file is too large to render as Markdown ({size}, rendering takes 3 to 4 s per MB); save it as .txt to import its text</source>
        <translation>文件太大，无法按 Markdown 渲染（{size}，每 MB 渲染需 3 到 4 秒）；请另存为 .txt 以导入其文本</translation>
    </message>
    <message>
        <source>the file unpacks to {total} bytes (at most {limit} are read)</source>
        <translation>此文件解压后为 {total} 字节（最多读取 {limit} 字节）</translation>
    </message>
    <message>
        <source>the folder cannot be read ({reason})</source>
        <translation>无法读取该文件夹（{reason}）</translation>
    </message>
    <message>
        <source>the incoming memo not added (with this project&apos;s memo it exceeds {limit} characters)</source>
        <translation>未添加导入的备忘录（与本项目的备忘录合起来超过 {limit} 个字符）</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object</source>
        <translation>键 {key} 在同一个对象中出现了两次</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object (the record with id {id})</source>
        <translation>键 {key} 在同一个对象中出现了两次（id 为 {id} 的记录）</translation>
    </message>
    <message>
        <source>the link goes round in a loop (too many levels of symbolic links)</source>
        <translation>该链接形成循环（符号链接层级过多）</translation>
    </message>
    <message>
        <source>the link leads nowhere ({reason})</source>
        <translation>该链接指向的目标不存在（{reason}）</translation>
    </message>
    <message>
        <source>the new text is empty</source>
        <translation>新文本为空</translation>
    </message>
    <message>
        <source>the note of article {article}: the incoming note not added (together they exceed {limit} characters)</source>
        <translation>文章 {article} 的备注：未添加导入的备注（合起来超过 {limit} 个字符）</translation>
    </message>
    <message>
        <source>the notes on 1 source became the articles&apos; notes</source>
        <translation>1 个来源上的备注成为了文章的备注</translation>
    </message>
    <message>
        <source>the notes on {count} sources became the articles&apos; notes</source>
        <translation>{count} 个来源上的备注成为了文章的备注</translation>
    </message>
    <message>
        <source>the page could not be fetched ({detail})</source>
        <translation>无法获取该网页（{detail}）</translation>
    </message>
    <message>
        <source>the page has {count} elements (main-content detection reads at most {limit}); it was read whole, without navigation and footers</source>
        <translation>该网页有 {count} 个元素（正文识别最多读取 {limit} 个）；已整体读取，去掉了导航和页脚</translation>
    </message>
    <message>
        <source>the page is empty</source>
        <translation>该网页为空</translation>
    </message>
    <message>
        <source>the page is larger than {count} bytes</source>
        <translation>该网页大于 {count} 字节</translation>
    </message>
    <message>
        <source>the page redirects in a loop, or too many times</source>
        <translation>该网页循环重定向，或重定向次数过多</translation>
    </message>
    <message>
        <source>the page redirects to an address that is not http(s)</source>
        <translation>该网页重定向到了一个不是 http(s) 的地址</translation>
    </message>
    <message>
        <source>the server answered {code}</source>
        <translation>服务器返回了 {code}</translation>
    </message>
    <message>
        <source>the server answered {code} {words}</source>
        <translation>服务器返回了 {code} {words}</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>服务器未作应答就关闭了连接</translation>
    </message>
    <message>
        <source>the server did not answer within {seconds} seconds</source>
        <translation>服务器在 {seconds} 秒内没有应答</translation>
    </message>
    <message>
        <source>the server did not send the page within {seconds} seconds</source>
        <translation>服务器在 {seconds} 秒内没有发送完该网页</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>服务器拒绝了连接</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP (a line of its header is too long)</source>
        <translation>服务器的应答不是有效的 HTTP（其标头中有一行过长）</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP (its status line is broken)</source>
        <translation>服务器的应答不是有效的 HTTP（其状态行已损坏）</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP (the page was cut off or badly chunked)</source>
        <translation>服务器的应答不是有效的 HTTP（网页被截断或分块有误）</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP ({detail})</source>
        <translation>服务器的应答不是有效的 HTTP（{detail}）</translation>
    </message>
    <message>
        <source>the suggestion engine failed: {why}</source>
        <translation>建议引擎出错：{why}</translation>
    </message>
    <message>
        <source>the suggestion process stopped</source>
        <translation>建议进程已停止</translation>
    </message>
    <message>
        <source>the text is {count} characters long; at most {limit} are kept</source>
        <translation>文本长 {count} 个字符；最多只保留 {limit} 个</translation>
    </message>
    <message>
        <source>the text to annotate is empty</source>
        <translation>要标注的文本为空</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>theme {name} skipped: its parent is missing</source>
        <translation>已跳过主题 {name}：缺少它的上级主题</translation>
    </message>
    <message>
        <source>theme {name}: colour {colour} is not #rrggbb; left out</source>
        <translation>主题 {name}：颜色 {colour} 不是 #rrggbb 格式；已略去</translation>
    </message>
    <message>
        <source>theme {name}: its parent is missing; exported at top level</source>
        <translation>主题 {name}：其上级主题缺失；已导出到顶层</translation>
    </message>
    <message>
        <source>theme {name}: its parents form a cycle; exported at top level</source>
        <translation>主题 {name}：其上级主题形成循环；已导出到顶层</translation>
    </message>
    <message>
        <source>theme {name}: kept this project&apos;s version (other: {other})</source>
        <translation>主题 {name}：保留了本项目的版本（另一方：{other}）</translation>
    </message>
    <message>
        <source>there is no article in this file</source>
        <translation>此文件中没有文章</translation>
    </message>
    <message>
        <source>there is no text in this EPUB</source>
        <translation>此 EPUB 中没有文本</translation>
    </message>
    <message>
        <source>there is no text in this OpenDocument file</source>
        <translation>此 OpenDocument 文件中没有文本</translation>
    </message>
    <message>
        <source>there is no text in this PDF</source>
        <translation>此 PDF 中没有文本</translation>
    </message>
    <message>
        <source>there is no text in this Word document</source>
        <translation>此 Word 文档中没有文本</translation>
    </message>
    <message>
        <source>there is no text to import (the file or text is empty)</source>
        <translation>没有可导入的文本（文件或文本为空）</translation>
    </message>
    <message>
        <source>this OpenDocument file has no text body</source>
        <translation>此 OpenDocument 文件没有正文</translation>
    </message>
    <message>
        <source>this PDF has no text layer (it is a scanned image): it needs OCR (text recognition) before it can be imported</source>
        <translation>此 PDF 没有文本层（它是扫描图像）：需要先进行 OCR（文字识别）才能导入</translation>
    </message>
    <message>
        <source>this is a GIF image, not a text file</source>
        <translation>这是 GIF 图像，不是文本文件</translation>
    </message>
    <message>
        <source>this is a JPEG image, not a text file</source>
        <translation>这是 JPEG 图像，不是文本文件</translation>
    </message>
    <message>
        <source>this is a PDF file (save the article as text or HTML first), not a text file</source>
        <translation>这是 PDF 文件（请先将文章另存为文本或 HTML），不是文本文件</translation>
    </message>
    <message>
        <source>this is a PNG image, not a text file</source>
        <translation>这是 PNG 图像，不是文本文件</translation>
    </message>
    <message>
        <source>this is a Windows program, not a text file</source>
        <translation>这是 Windows 程序，不是文本文件</translation>
    </message>
    <message>
        <source>this is a ZIP archive (e.g. .docx, .odt or .epub), not plain text, not a text file</source>
        <translation>这是 ZIP 压缩包（例如 .docx、.odt 或 .epub），不是纯文本，不是文本文件</translation>
    </message>
    <message>
        <source>this is a device, not a file</source>
        <translation>这是设备，不是文件</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>this is a gzip archive, not a text file</source>
        <translation>这是 gzip 压缩包，不是文本文件</translation>
    </message>
    <message>
        <source>this is a media file (RIFF), not a text file</source>
        <translation>这是媒体文件（RIFF），不是文本文件</translation>
    </message>
    <message>
        <source>this is a named pipe, not a file</source>
        <translation>这是命名管道，不是文件</translation>
    </message>
    <message>
        <source>this is a program (ELF executable), not a text file</source>
        <translation>这是程序（ELF 可执行文件），不是文本文件</translation>
    </message>
    <message>
        <source>this is a socket, not a file</source>
        <translation>这是套接字，不是文件</translation>
    </message>
    <message>
        <source>this is an MP3 audio file, not a text file</source>
        <translation>这是 MP3 音频文件，不是文本文件</translation>
    </message>
    <message>
        <source>this is an Ogg media file, not a text file</source>
        <translation>这是 Ogg 媒体文件，不是文本文件</translation>
    </message>
    <message>
        <source>this is an SQLite database, not a text file</source>
        <translation>这是 SQLite 数据库，不是文本文件</translation>
    </message>
    <message>
        <source>this is an empty ZIP archive, not a text file</source>
        <translation>这是空的 ZIP 压缩包，不是文本文件</translation>
    </message>
    <message>
        <source>this is an old Microsoft Office file (.doc), not plain text, not a text file</source>
        <translation>这是旧版 Microsoft Office 文件（.doc），不是纯文本，不是文本文件</translation>
    </message>
    <message>
        <source>this is binary data (it contains NUL bytes), not a text file</source>
        <translation>这是二进制数据（含有 NUL 字节），不是文本文件</translation>
    </message>
    <message>
        <source>this is binary data (mostly control characters), not a text file</source>
        <translation>这是二进制数据（大多是控制字符），不是文本文件</translation>
    </message>
    <message>
        <source>this is not a PDF that can be read ({error})</source>
        <translation>这不是可读取的 PDF（{error}）</translation>
    </message>
    <message>
        <source>this is not a Word document (not a zip package)</source>
        <translation>这不是 Word 文档（不是 zip 包）</translation>
    </message>
    <message>
        <source>this is not a Word document that can be read</source>
        <translation>这不是可读取的 Word 文档</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>这不是普通文件</translation>
    </message>
    <message>
        <source>this is not a regular file, not a file</source>
        <translation>这不是普通文件</translation>
    </message>
    <message>
        <source>this is not an OpenDocument text (no content.xml)</source>
        <translation>这不是 OpenDocument 文本（没有 content.xml）</translation>
    </message>
    <message>
        <source>this is not an RTF file (it does not start with {{\rtf)</source>
        <translation>这不是 RTF 文件（它不是以 {{\rtf 开头）</translation>
    </message>
    <message>
        <source>this is not {kind} (not a zip package)</source>
        <translation>这不是{kind}（不是 zip 包）</translation>
    </message>
    <message>
        <source>{name} in the file cannot be unpacked</source>
        <translation>文件中的 {name} 无法解压</translation>
    </message>
    <message>
        <source>{name} in the file is not well-formed XML</source>
        <translation>文件中的 {name} 不是格式正确的 XML</translation>
    </message>
    <message>
        <source>{name} in the file is too large to read</source>
        <translation>文件中的 {name} 太大，无法读取</translation>
    </message>
    <message>
        <source>two</source>
        <translation>两个</translation>
    </message>
    <message>
        <source>unknown chart kind {kind}: {kinds}</source>
        <translation>未知的图表类型 {kind}：可用 {kinds}</translation>
    </message>
    <message>
        <source>unknown chart style {style}: light or dark</source>
        <translation>未知的图表样式 {style}：可用 light 或 dark</translation>
    </message>
    <message>
        <source>unknown kind {kind}: use one of {kinds}</source>
        <translation>未知的类型 {kind}：请使用 {kinds} 之一</translation>
    </message>
    <message>
        <source>unknown level {level}; expected one of {levels}</source>
        <translation>未知的测量尺度 {level}；应为 {levels} 之一</translation>
    </message>
    <message>
        <source>unknown measure {measure}: themes, speakers or quote-types</source>
        <translation>未知的统计对象 {measure}：应为 themes、speakers 或 quote-types</translation>
    </message>
    <message>
        <source>unknown quote type {kind}: use direct or indirect</source>
        <translation>未知的引语类型 {kind}：请使用 direct 或 indirect</translation>
    </message>
    <message>
        <source>unknown scope {scope}: annotation or paragraph</source>
        <translation>未知的范围 {scope}：应为 annotation 或 paragraph</translation>
    </message>
    <message>
        <source>version: this file uses Annotary format version {version}, newer than version {known} that this Annotary reads; update Annotary to open it</source>
        <translation>version：此文件使用 Annotary 格式版本 {version}，比本 Annotary 能读取的版本 {known} 更新；请更新 Annotary 后再打开</translation>
    </message>
    <message>
        <source>write a chart onto</source>
        <translation>用作图表的写入目标</translation>
    </message>
    <message>
        <source>write a table onto</source>
        <translation>用作表格的写入目标</translation>
    </message>
    <message>
        <source>written by Annotary</source>
        <translation>由 Annotary 写入</translation>
    </message>
    <message>
        <source>{boundaries} of {ends} selection starts and ends on word boundaries</source>
        <translation>{ends} 个选区起止点中有 {boundaries} 个落在词边界上</translation>
    </message>
    <message>
        <source>{boundaries} of {ends} selection starts and ends on word boundaries, {names} selection names matching their text</source>
        <translation>{ends} 个选区起止点中有 {boundaries} 个落在词边界上，{names} 个选区名称与其文本相符</translation>
    </message>
    <message>
        <source>{boundaries} of {ends} selection starts and ends on word boundaries, {names} selection names matching their text; other readings: at most {others}</source>
        <translation>{ends} 个选区起止点中有 {boundaries} 个落在词边界上，{names} 个选区名称与其文本相符；其他读法：最多 {others} 个</translation>
    </message>
    <message>
        <source>{boundaries} of {ends} selection starts and ends on word boundaries; other readings: at most {others}</source>
        <translation>{ends} 个选区起止点中有 {boundaries} 个落在词边界上；其他读法：最多 {others} 个</translation>
    </message>
    <message>
        <source>{codes} and {notes}</source>
        <translation>{codes}和{notes}</translation>
    </message>
    <message>
        <source>{count} annotations</source>
        <translation>{count} 条标注</translation>
    </message>
    <message>
        <source>{count} annotations of article {article}, which is not in the export, skipped</source>
        <translation>文章 {article} 不在导出范围内，其 {count} 条标注已跳过</translation>
    </message>
    <message>
        <source>{count} articles</source>
        <translation>{count} 篇文章</translation>
    </message>
    <message>
        <source>{count} articles match {key}: give more of the id</source>
        <translation>有 {count} 篇文章与 {key} 匹配：请给出更长的 id</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} 字节</translation>
    </message>
    <message>
        <source>{count} cases not imported ({names}): a case from another tool becomes a speaker only when it is linked to text selections</source>
        <translation>{count} 个个案未导入（{names}）：来自其他工具的个案只有在关联到文本选区时才会成为说话人</translation>
    </message>
    <message>
        <source>{count} codes</source>
        <translation>{count} 个代码</translation>
    </message>
    <message>
        <source>{count} codings refer to codes missing from the codebook; those codings were dropped</source>
        <translation>{count} 处编码引用了编码本中没有的代码；这些编码已舍弃</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} 条备注</translation>
    </message>
    <message>
        <source>{count} project notes (memos, journals, the project description) added to the project memo, each under its name as a heading</source>
        <translation>{count} 条项目笔记（备忘录、日志、项目说明）已加入项目备忘录，各以其名称为标题</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} 行</translation>
    </message>
    <message>
        <source>{count} sources: positions converted: read as {reading}, the reading that puts their selections on word boundaries ({names} and {more} more)</source>
        <translation>{count} 个来源：位置已转换：按 {reading} 读取，这种读法使其选区落在词边界上（{names} 及另外 {more} 个）</translation>
    </message>
    <message>
        <source>{count} sources: positions converted: read as {reading}, the reading that puts their selections on word boundaries ({names})</source>
        <translation>{count} 个来源：位置已转换：按 {reading} 读取，这种读法使其选区落在词边界上（{names}）</translation>
    </message>
    <message>
        <source>{count} speakers</source>
        <translation>{count} 位说话人</translation>
    </message>
    <message>
        <source>{count} tags</source>
        <translation>{count} 个标签</translation>
    </message>
    <message>
        <source>{count} themes</source>
        <translation>{count} 个主题</translation>
    </message>
    <message>
        <source>{count} {kind}</source>
        <translation>{count} 个{kind}</translation>
    </message>
    <message>
        <source>{error}; restore the latest backup with &apos;annotary backups --restore {name}&apos;</source>
        <translation>{error}；请用 &apos;annotary backups --restore {name}&apos; 恢复最新的备份</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first}或{second}</translation>
    </message>
    <message>
        <source>{items}, {item}</source>
        <translation>{items}、{item}</translation>
    </message>
    <message>
        <source>{items}; {item}</source>
        <translation>{items}；{item}</translation>
    </message>
    <message>
        <source>{kind} without {name}</source>
        <translation>{kind}缺少 {name}</translation>
    </message>
    <message>
        <source>{kind} {name} skipped: Annotary imports text only</source>
        <translation>已跳过 {kind} {name}：Annotary 只导入文本</translation>
    </message>
    <message>
        <source>{label}: its TextPositionSelector is not a valid span; it will be placed by its quote</source>
        <translation>{label}：其 TextPositionSelector 不是有效的范围；将按其引文定位</translation>
    </message>
    <message>
        <source>{label}: its {count} targets are not parts of one text in order; only the first is kept</source>
        <translation>{label}：其 {count} 个目标不是同一文本中按顺序排列的各部分；只保留第一个</translation>
    </message>
    <message>
        <source>{label}: no TextQuoteSelector with text; skipped</source>
        <translation>{label}：没有带文本的 TextQuoteSelector；已跳过</translation>
    </message>
    <message>
        <source>{label}: no selected text in a target source; skipped</source>
        <translation>{label}：目标来源中没有选中的文本；已跳过</translation>
    </message>
    <message>
        <source>{lines}
- and {count} more</source>
        <translation>{lines}
- 另有 {count} 处</translation>
    </message>
    <message>
        <source>{lines}
- {problem}</source>
        <translation>{lines}
- {problem}</translation>
    </message>
    <message>
        <source>{measure} by {by} is not a table: choose another --by</source>
        <translation>按 {by} 统计 {measure} 不构成表格：请换一个 --by</translation>
    </message>
    <message>
        <source>{name} cannot be read</source>
        <translation>无法读取 {name}</translation>
    </message>
    <message>
        <source>{name} is not an editable field</source>
        <translation>{name} 不是可编辑的字段</translation>
    </message>
    <message>
        <source>{name} is not one of the project&apos;s backups</source>
        <translation>{name} 不是本项目的备份</translation>
    </message>
    <message>
        <source>{name}: a chart is written as .png, .svg or .pdf, not nothing</source>
        <translation>{name}：图表应写为 .png、.svg 或 .pdf，不能没有后缀</translation>
    </message>
    <message>
        <source>{name}: a chart is written as .png, .svg or .pdf, not {suffix}</source>
        <translation>{name}：图表应写为 .png、.svg 或 .pdf，不能是 {suffix}</translation>
    </message>
    <message>
        <source>{name}: save the table as .csv or .html</source>
        <translation>{name}：请将表格保存为 .csv 或 .html</translation>
    </message>
    <message>
        <source>{path} belongs to the open project {name}: it cannot be used to {action}</source>
        <translation>{path} 属于已打开的项目 {name}：不能{action}</translation>
    </message>
    <message>
        <source>{path} cannot be created: its folder is read-only</source>
        <translation>无法创建 {path}：所在文件夹是只读的</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({why})</source>
        <translation>无法打开 {path}（{why}）</translation>
    </message>
    <message>
        <source>{path} cannot be read ({why})</source>
        <translation>无法读取 {path}（{why}）</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>{path} is a folder, not an Annotary project file</source>
        <translation>{path} 是文件夹，不是 Annotary 项目文件</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not an Annotary project</source>
        <translation>{path} 是 SQLite 数据库，但不是 Annotary 项目</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not an Annotary project; it was left untouched</source>
        <translation>{path} 是 SQLite 数据库，但不是 Annotary 项目；该文件未被改动</translation>
    </message>
    <message>
        <source>{path} is damaged ({why})</source>
        <translation>{path} 已损坏（{why}）</translation>
    </message>
    <message>
        <source>{path} is damaged ({why}); restore the latest backup with &apos;annotary backups --restore {name}&apos;</source>
        <translation>{path} 已损坏（{why}）；请用 &apos;annotary backups --restore {name}&apos; 恢复最新的备份</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({why})</source>
        <translation>{path} 已损坏，无法读取（{why}）</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be used ({why})</source>
        <translation>{path} 已损坏，无法使用（{why}）</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be used ({why}); the latest backup is {name}</source>
        <translation>{path} 已损坏，无法使用（{why}）；最新的备份是 {name}</translation>
    </message>
    <message>
        <source>{path} is damaged or incomplete ({why})</source>
        <translation>{path} 已损坏或不完整（{why}）</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes) but has backups; restore one with &apos;annotary backups --restore NAME&apos; (see &apos;annotary backups&apos;)</source>
        <translation>{path} 是空文件（0 字节），但有备份；请用 &apos;annotary backups --restore NAME&apos; 恢复其中一个（见 &apos;annotary backups&apos;）</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): it is not a usable backup</source>
        <translation>{path} 是空文件（0 字节）：不是可用的备份</translation>
    </message>
    <message>
        <source>{path} is not a project with anything to back up</source>
        <translation>{path} 不是有内容可备份的项目</translation>
    </message>
    <message>
        <source>{path} is not a regular file, so not an Annotary project file</source>
        <translation>{path} 不是普通文件，因此不是 Annotary 项目文件</translation>
    </message>
    <message>
        <source>{path} is not an Annotary project: it is not an SQLite database</source>
        <translation>{path} 不是 Annotary 项目：它不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database: it is not a backup</source>
        <translation>{path} 不是 SQLite 数据库：不是备份</translation>
    </message>
    <message>
        <source>{path} is open in this program; close it before restoring</source>
        <translation>{path} 已在本程序中打开；请先关闭再恢复</translation>
    </message>
    <message>
        <source>{path} is read-only and uses an older format (schema {version}): it must be made writable to be upgraded</source>
        <translation>{path} 是只读的，且使用较旧的格式（格式版本 {version}）：必须先改为可写才能升级</translation>
    </message>
    <message>
        <source>{path} is read-only: changes cannot be saved</source>
        <translation>{path} 是只读的：无法保存更改</translation>
    </message>
    <message>
        <source>{path} needs an upgrade to schema {current}, but no backup could be kept first, so nothing was changed: {why}</source>
        <translation>{path} 需要升级到格式版本 {current}，但无法先保留备份，因此未做任何更改：{why}</translation>
    </message>
    <message>
        <source>{path} needs an upgrade to schema {current}, but the disk is full; nothing was changed (free some space and retry)</source>
        <translation>{path} 需要升级到格式版本 {current}，但磁盘已满；未做任何更改（请腾出一些空间后重试）</translation>
    </message>
    <message>
        <source>{path} was written by a newer Annotary (schema {version}); this version reads up to schema {current}</source>
        <translation>{path} 由较新版本的 Annotary 写入（格式版本 {version}）；此版本最多只能读取格式版本 {current}</translation>
    </message>
    <message>
        <source>{path}: a single segment is the annotation&apos;s span: its exact, prefix and suffix must be the annotation&apos;s</source>
        <translation>{path}：只有一个部分时它就是标注的范围：其 exact、prefix 和 suffix 必须与标注的相同</translation>
    </message>
    <message>
        <source>{path}: does not match the text (the SHA-256 of its UTF-8 text is {digest}); the text or its digest was changed</source>
        <translation>{path}：与文本不符（其 UTF-8 文本的 SHA-256 为 {digest}）；文本或其摘要已被改动</translation>
    </message>
    <message>
        <source>{path}: duplicate id {id} (already used at {earlier})</source>
        <translation>{path}：id {id} 重复（已在 {earlier} 使用）</translation>
    </message>
    <message>
        <source>{path}: expected {wanted}, got {got}</source>
        <translation>{path}：应为{wanted}，实际为{got}</translation>
    </message>
    <message>
        <source>{path}: expected {wanted}, got {got} {value}</source>
        <translation>{path}：应为{wanted}，实际为{got} {value}</translation>
    </message>
    <message>
        <source>{path}: holds an unpaired surrogate \u{code} at character {at}, which is not text</source>
        <translation>{path}：在第 {at} 个字符处含有不成对的代理项 \u{code}，这不是文本</translation>
    </message>
    <message>
        <source>{path}: holds the same value more than once</source>
        <translation>{path}：同一个值出现了不止一次</translation>
    </message>
    <message>
        <source>{path}: missing (every {record} has it)</source>
        <translation>{path}：缺少该项（每个{record}都有）</translation>
    </message>
    <message>
        <source>{path}: must be at most {most}, got {value}</source>
        <translation>{path}：最多为 {most}，实际为 {value}</translation>
    </message>
    <message>
        <source>{path}: must be greater than start ({start}), got {end}</source>
        <translation>{path}：必须大于 start（{start}），实际为 {end}</translation>
    </message>
    <message>
        <source>{path}: must be one of {choices}, got {value}</source>
        <translation>{path}：必须是 {choices} 之一，实际为 {value}</translation>
    </message>
    <message>
        <source>{path}: must be the first segment&apos;s start ({start}), got {got}</source>
        <translation>{path}：必须是第一个部分的起点（{start}），实际为 {got}</translation>
    </message>
    <message>
        <source>{path}: must be the last segment&apos;s end ({end}), got {got}</source>
        <translation>{path}：必须是最后一个部分的终点（{end}），实际为 {got}</translation>
    </message>
    <message>
        <source>{path}: must be {least} or more, got {value}</source>
        <translation>{path}：必须不小于 {least}，实际为 {value}</translation>
    </message>
    <message>
        <source>{path}: must be {wanted}, got {value}</source>
        <translation>{path}：必须是 {wanted}，实际为 {value}</translation>
    </message>
    <message>
        <source>{path}: must hold at least {least}, got {count}</source>
        <translation>{path}：至少要有 {least} 项，实际为 {count} 项</translation>
    </message>
    <message>
        <source>{path}: must hold at most {most}, got {count}</source>
        <translation>{path}：最多只能有 {most} 项，实际为 {count} 项</translation>
    </message>
    <message>
        <source>{path}: must not be empty</source>
        <translation>{path}：不能为空</translation>
    </message>
    <message>
        <source>{path}: no article with id {id} in the file or the project</source>
        <translation>{path}：文件和项目中都没有 id 为 {id} 的文章</translation>
    </message>
    <message>
        <source>{path}: no speaker with id {id} in the file or the project</source>
        <translation>{path}：文件和项目中都没有 id 为 {id} 的说话人</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：没有这个文件</translation>
    </message>
    <message>
        <source>{path}: no theme with id {id} in the file or the project</source>
        <translation>{path}：文件和项目中都没有 id 为 {id} 的主题</translation>
    </message>
    <message>
        <source>{path}: not a REFI-QDA project (.qdpx): the file is not a valid zip archive ({error})</source>
        <translation>{path}：不是 REFI-QDA 项目（.qdpx）：该文件不是有效的 zip 压缩包（{error}）</translation>
    </message>
    <message>
        <source>{path}: not a usable REFI-QDA project (.qdpx): the entry {entry} points outside the archive (an absolute or &apos;..&apos; path)</source>
        <translation>{path}：不是可用的 REFI-QDA 项目（.qdpx）：条目 {entry} 指向压缩包之外（绝对路径或含 &apos;..&apos; 的路径）</translation>
    </message>
    <message>
        <source>{path}: segments must be in text order without overlap; {start} is before the end of the one before ({previous_end})</source>
        <translation>{path}：各部分必须按文本顺序排列且不重叠；{start} 在前一部分的终点（{previous_end}）之前</translation>
    </message>
    <message>
        <source>{path}: shorter than {length}</source>
        <translation>{path}：短于 {length}</translation>
    </message>
    <message>
        <source>{path}: the archive has {count} entries (at most {limit}); nothing was imported</source>
        <translation>{path}：压缩包有 {count} 个条目（最多 {limit} 个）；未导入任何内容</translation>
    </message>
    <message>
        <source>{path}: the disk is full; nothing was changed (free some space and retry)</source>
        <translation>{path}：磁盘已满；未做任何更改（请腾出一些空间后重试）</translation>
    </message>
    <message>
        <source>{path}: the disk reported an error ({why}); nothing was changed, check the disk and try again</source>
        <translation>{path}：磁盘报告了错误（{why}）；未做任何更改，请检查磁盘后重试</translation>
    </message>
    <message>
        <source>{path}: the project is busy with a change by another program; nothing was changed, try again</source>
        <translation>{path}：另一个程序正在修改本项目；未做任何更改，请重试</translation>
    </message>
    <message>
        <source>{path}: theme parents form a cycle: {cycle}</source>
        <translation>{path}：主题的上级关系形成循环：{cycle}</translation>
    </message>
    <message>
        <source>{path}: unknown key (not in format version {version})</source>
        <translation>{path}：未知的键（格式版本 {version} 中没有）</translation>
    </message>
    <message>
        <source>{path}: {end} is beyond the end of the article text ({length} characters)</source>
        <translation>{path}：{end} 超出了文章文本的末尾（{length} 个字符）</translation>
    </message>
    <message>
        <source>{path}: {exact} is not the article text at {start}..{end}, which reads {found}</source>
        <translation>{path}：{exact} 不是文章在 {start}..{end} 处的文本，该处为 {found}</translation>
    </message>
    <message>
        <source>{path}: {exact} is not the article text at {start}..{end}, which reads {found} (an anchored annotation must quote its text exactly; mark it orphaned if the text changed)</source>
        <translation>{path}：{exact} 不是文章在 {start}..{end} 处的文本，该处为 {found}（已锚定的标注必须与其文本完全一致；如果文本已改动，请将其标为已失锚）</translation>
    </message>
    <message>
        <source>{path}: {value} is not {title}</source>
        <translation>{path}：{value} 不是 {title}</translation>
    </message>
    <message>
        <source>{size}; at most {limit}</source>
        <translation>{size}；最多 {limit}</translation>
    </message>
    <message>
        <source>{source}: {reason}</source>
        <translation>{source}：{reason}</translation>
    </message>
    <message>
        <source>{units}, &quot;\r\n&quot; counted as {crlf}</source>
        <translation>{units}，&quot;\r\n&quot; 计为{crlf}</translation>
    </message>
    <message>
        <source>{what} ({count} warnings: {warnings})</source>
        <translation>{what}（{count} 条警告：{warnings}）</translation>
    </message>
    <message>
        <source>{what} ({count} warnings: {warnings}; …)</source>
        <translation>{what}（{count} 条警告：{warnings}；…）</translation>
    </message>
    <message>
        <source>{where}: its speaker {speaker} is not exported</source>
        <translation>{where}：其说话人 {speaker} 未导出</translation>
    </message>
    <message>
        <source>{where}: not a REFI-QDA codebook (root element is &lt;{root}&gt;, expected &lt;CodeBook&gt; in {namespace})</source>
        <translation>{where}：不是 REFI-QDA 编码本（根元素为 &lt;{root}&gt;，应为 {namespace} 中的 &lt;CodeBook&gt;）</translation>
    </message>
    <message>
        <source>{where}: not a REFI-QDA project (.qdpx): the archive holds no project.qde</source>
        <translation>{where}：不是 REFI-QDA 项目（.qdpx）：压缩包中没有 project.qde</translation>
    </message>
    <message>
        <source>{where}: not a REFI-QDA project (root element is {shown}, expected &lt;Project&gt; in urn:QDA-XML:project:1.0)</source>
        <translation>{where}：不是 REFI-QDA 项目（根元素为 {shown}，应为 urn:QDA-XML:project:1.0 中的 &lt;Project&gt;）</translation>
    </message>
    <message>
        <source>{where}: orphaned (its text changed); not exported</source>
        <translation>{where}：已失锚（其文本已改动）；未导出</translation>
    </message>
    <message>
        <source>{where}: span {start}-{end} is outside the text; skipped</source>
        <translation>{where}：范围 {start}-{end} 超出了文本；已跳过</translation>
    </message>
    <message>
        <source>{where}: the XML document is empty</source>
        <translation>{where}：XML 文档为空</translation>
    </message>
    <message>
        <source>{where}: the XML is malformed ({detail})</source>
        <translation>{where}：XML 格式错误（{detail}）</translation>
    </message>
    <message>
        <source>{where}: the codebook has no &lt;Codes&gt;; nothing imported</source>
        <translation>{where}：编码本中没有 &lt;Codes&gt;；未导入任何内容</translation>
    </message>
    <message>
        <source>{where}: theme {theme} is not exported; coding dropped</source>
        <translation>{where}：主题 {theme} 未导出；已舍弃该编码</translation>
    </message>
    <message>
        <source>{where}: {entry} cannot be read from the archive ({error})</source>
        <translation>{where}：无法从压缩包中读取 {entry}（{error}）</translation>
    </message>
    <message>
        <source>{where}: {entry}: {what}; nothing was imported</source>
        <translation>{where}：{entry}：{what}；未导入任何内容</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>Headline of the article</source>
        <translation>文章标题</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>媒体(&amp;O)</translation>
    </message>
    <message>
        <source>Newspaper, site or agency</source>
        <translation>报纸、网站或通讯社</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>作者(&amp;A)</translation>
    </message>
    <message>
        <source>Who wrote it</source>
        <translation>撰稿人</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>网址(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>e.g. en, de, zh</source>
        <translation>例如 en、de、zh</translation>
    </message>
    <message>
        <source>&amp;Collections</source>
        <translation>合集(&amp;C)</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. port strike, 2024</source>
        <translation>以逗号分隔，例如：港口罢工, 2024</translation>
    </message>
    <message>
        <source>“{0}” is not a date of the form YYYY-MM-DD.</source>
        <translation>“{0}”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>{0} is not a day of the calendar.</source>
        <translation>{0} 不是日历上存在的日期。</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>文章详情</translation>
    </message>
    <message>
        <source>Sect&amp;ion</source>
        <translation>版面(&amp;I)</translation>
    </message>
    <message>
        <source>Section of the newspaper</source>
        <translation>报纸的版面或栏目</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>页码(&amp;P)</translation>
    </message>
    <message>
        <source>Page in print, e.g. 12 or A7</source>
        <translation>印刷版页码，如 12 或 A7</translation>
    </message>
    <message>
        <source>Le&amp;ngth</source>
        <translation>篇幅(&amp;N)</translation>
    </message>
    <message>
        <source>As the database states it</source>
        <translation>按数据库所记</translation>
    </message>
    <message>
        <source>Data&amp;base</source>
        <translation>数据库(&amp;B)</translation>
    </message>
    <message>
        <source>e.g. Nexis, Factiva</source>
        <translation>如 Nexis、Factiva</translation>
    </message>
    <message>
        <source>Docu&amp;ment ID</source>
        <translation>文档编号(&amp;M)</translation>
    </message>
    <message>
        <source>The database&apos;s identifier</source>
        <translation>数据库中的标识符</translation>
    </message>
    <message>
        <source>E&amp;xport file</source>
        <translation>导出文件(&amp;X)</translation>
    </message>
    <message>
        <source>Not imported from a file</source>
        <translation>并非从文件导入</translation>
    </message>
    <message>
        <source>The file the article was imported from</source>
        <translation>文章导入时所用的文件</translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>亦见于</translation>
    </message>
    <message>
        <source>Near-duplicates merged into this article</source>
        <translation>合并到本文的近似重复文章</translation>
    </message>
    <message>
        <source>{0}: press Enter or leave the field to apply</source>
        <translation>{0}：按 Enter 或离开此栏即可应用</translation>
    </message>
    <message>
        <source>Problem with the entered value</source>
        <translation>输入值有问题</translation>
    </message>
    <message>
        <source>Open an article to see and edit its details.</source>
        <translation>打开一篇文章以查看和编辑其详情。</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>文章需要标题。</translation>
    </message>
    <message>
        <source>The {0} could not be changed.</source>
        <translation>无法更改{0}。</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>备注内容</translation>
    </message>
    <message>
        <source>Your note on this passage</source>
        <translation>你对这段文字的备注</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter 保存，Esc 取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return); leaving the field saves too</source>
        <translation>保存备注（Ctrl+Return）；离开输入框时也会保存</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Import 1 article</source>
        <translation>导入 1 篇文章</translation>
    </message>
    <message>
        <source>Import {0} articles</source>
        <translation>导入 {0} 篇文章</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>编辑{0}</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>标为未读</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>删除文章</translation>
    </message>
    <message>
        <source>Delete {0} articles</source>
        <translation>删除 {0} 篇文章</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>新建主题</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <source>Import from REFI-QDA</source>
        <translation>从 REFI-QDA 导入</translation>
    </message>
    <message>
        <source>Import annotations from {0}</source>
        <translation>从 {0} 导入标注</translation>
    </message>
    <message>
        <source>Export to {0}</source>
        <translation>导出到 {0}</translation>
    </message>
    <message>
        <source>Exporting {0}</source>
        <translation>正在导出 {0}</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation>{0}失败：{1}</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>添加说话人</translation>
    </message>
    <message>
        <source>Rename speaker</source>
        <translation>重命名说话人</translation>
    </message>
    <message>
        <source>Edit aliases</source>
        <translation>编辑别名</translation>
    </message>
    <message>
        <source>{0}: {1} of {2}</source>
        <translation>{0}：{1} / {2}</translation>
    </message>
    <message>
        <source>the background task stopped without a result</source>
        <translation>后台任务未给出结果就结束了</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <source>Delete {0} annotations</source>
        <translation>删除 {0} 条标注</translation>
    </message>
    <message>
        <source>Add to quote</source>
        <translation>加入引语</translation>
    </message>
    <message>
        <source>Remove part of quote</source>
        <translation>移除引语的一部分</translation>
    </message>
</context>
<context>
    <name>PanelTabs</name>
    <message>
        <source>Codebook</source>
        <translation>编码本</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>文章详情</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>Close {0}</source>
        <translation>关闭“{0}”</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Import pasted text</source>
        <translation>导入粘贴的文字</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Headline of the article</source>
        <translation>文章标题</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>Length of the text</source>
        <translation>文本长度</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>正文(&amp;X)：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 个词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Default serif</source>
        <translation>默认衬线字体</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Coder name</source>
        <translation>编码员名字</translation>
    </message>
    <message>
        <source>Your name as stored on every annotation you make</source>
        <translation>记录在你所做每条标注上的名字</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>配色方案</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>阅读字体</translation>
    </message>
    <message>
        <source>Reading font size</source>
        <translation>阅读字号</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Suggest quotes automatically when an article opens</source>
        <translation>打开文章时自动建议引语</translation>
    </message>
    <message>
        <source>Suggest quotes automatically</source>
        <translation>自动建议引语</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the window; it changes at the next start</source>
        <translation>窗口界面的语言；下次启动时生效</translation>
    </message>
    <message>
        <source>&amp;Coder:</source>
        <translation>编码员(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>配色(&amp;T)：</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>阅读字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The coder needs a name: it is stored on every annotation.</source>
        <translation>编码员需要一个名字：它会记录在每条标注上。</translation>
    </message>
    <message>
        <source>The new language takes effect when Annotary starts again.</source>
        <translation>新的语言将在 Annotary 下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>ProjectWatcher</name>
    <message>
        <source>Reading the library</source>
        <translation>正在读取文章库</translation>
    </message>
    <message>
        <source>The project was restored from a backup by another program; the undo history was cleared</source>
        <translation>另一个程序从备份恢复了本项目；撤销历史已清空</translation>
    </message>
    <message>
        <source>Reading changes made elsewhere</source>
        <translation>正在读取其他程序所做的更改</translation>
    </message>
</context>
<context>
    <name>ReaderInput</name>
    <message>
        <source>Tag as quote</source>
        <translation>标为引语</translation>
    </message>
    <message>
        <source>Tag as speaker</source>
        <translation>标为说话人</translation>
    </message>
    <message>
        <source>Tag with theme…</source>
        <translation>标注主题…</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Add to quote</source>
        <translation>加入引语</translation>
    </message>
    <message>
        <source>Find in article…</source>
        <translation>在文章中查找…</translation>
    </message>
    <message>
        <source>Remove this part from the quote</source>
        <translation>从引语中移除这一部分</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>The article being read; select text to tag it</source>
        <translation>正在阅读的文章；选择文字即可标注</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n 位说话人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n 个主题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 条标注</numerusform>
        </translation>
    </message>
    <message>
        <source>added {0}</source>
        <translation>新增 {0}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>added nothing</source>
        <translation>没有新增</translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n 项已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) updated</source>
        <translation>
            <numerusform>%n 条标注已更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 处冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned</source>
        <translation>
            <numerusform>%n 条已失锚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article note(s) added</source>
        <translation>
            <numerusform>新增 %n 条文章笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article note(s) appended to a different note already there</source>
        <translation>
            <numerusform>%n 条文章笔记已追加到原有的另一条笔记之后</numerusform>
        </translation>
    </message>
    <message>
        <source>the project memo added</source>
        <translation>已添加项目备忘录</translation>
    </message>
    <message>
        <source>the incoming memo appended to this project&apos;s memo</source>
        <translation>导入的备忘录已追加到本项目的备忘录之后</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a summary</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Added ({0})</source>
        <translation>新增（{0}）</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>没有新内容</translation>
    </message>
    <message>
        <source>Already in this project, recognised ({0})</source>
        <translation>本项目中已有，已识别（{0}）</translation>
    </message>
    <message>
        <source>Updated ({0})</source>
        <translation>已更新（{0}）</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) replaced by the newer imported version</source>
        <translation>
            <numerusform>%n 条标注已被导入的较新版本替换</numerusform>
        </translation>
    </message>
    <message>
        <source>Orphaned ({0})</source>
        <translation>已失锚（{0}）</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) whose text was not found again in this project&apos;s version of the article; kept, marked orphaned</source>
        <translation>
            <numerusform>%n 条标注在本项目的文章版本中找不到其文字；已保留并标为已失锚</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts: which side was kept ({0})</source>
        <translation>冲突：保留了哪一方（{0}）</translation>
    </message>
    <message>
        <source>Skipped or converted, with the reason ({0})</source>
        <translation>已跳过或已转换，及原因（{0}）</translation>
    </message>
</context>
<context>
    <name>RowsView</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Back to every row the filters allow</source>
        <translation>回到筛选条件允许的所有行</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>Copy Rows</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Copy the selected rows as a table</source>
        <translation>将所选行复制为表格</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the rows shown as CSV or as an Excel workbook</source>
        <translation>将显示的行保存为 CSV 或 Excel 工作簿</translation>
    </message>
    <message>
        <source>Showing: {0}</source>
        <translation>显示：{0}</translation>
    </message>
    <message>
        <source>Click a cell of the table or a bar of the chart</source>
        <translation>点击表格的单元格或图表的条形</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>The rows could not be read: {0}</source>
        <translation>无法读取各行：{0}</translation>
    </message>
    <message>
        <source>Quotes: {0}</source>
        <translation>引语：{0}</translation>
    </message>
    <message>
        <source>Passages: {0}</source>
        <translation>段落：{0}</translation>
    </message>
    <message>
        <source>Rows: {0}</source>
        <translation>行数：{0}</translation>
    </message>
    <message>
        <source>This column sorts once every row is listed; narrow the filters first</source>
        <translation>列出全部行后才能按此列排序；请先缩小筛选范围</translation>
    </message>
    <message>
        <source>Rows copied: {0}</source>
        <translation>已复制行：{0}</translation>
    </message>
    <message>
        <source>&amp;Open in the Reader</source>
        <translation>在阅读器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Speaker Page: {0}</source>
        <translation>说话人页面(&amp;S)：{0}</translation>
    </message>
    <message>
        <source>&amp;Theme Page: {0}</source>
        <translation>主题页面(&amp;T)：{0}</translation>
    </message>
    <message>
        <source>Export the rows</source>
        <translation>导出各行</translation>
    </message>
    <message>
        <source>Rows saved to {0}: {1}</source>
        <translation>已将行保存到 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>The project is busy with a change by another program; nothing was changed — try again</source>
        <translation>另一个程序正在修改本项目；未做任何更改——请重试</translation>
    </message>
    <message>
        <source>unexpected error {0}</source>
        <translation>意外错误 {0}</translation>
    </message>
    <message>
        <source>(details in {0})</source>
        <translation>（详情见 {0}）</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>出错了：{0}</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>In a note: </source>
        <translation>在备注中：</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <source>Quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add to quote</source>
        <translation>加入引语</translation>
    </message>
    <message>
        <source>Tag selection</source>
        <translation>标注所选内容</translation>
    </message>
    <message>
        <source>Tag as {0}</source>
        <translation>标为{0}</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <source>Undo {0}</source>
        <translation>撤销{0}</translation>
    </message>
    <message>
        <source>Redo {0}</source>
        <translation>重做{0}</translation>
    </message>
    <message>
        <source>{0} (nothing was changed)</source>
        <translation>{0}（未做任何更改）</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>What</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Speaker mentions</source>
        <translation>说话人提及</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Annotations of this article</source>
        <translation>本文的标注</translation>
    </message>
    <message>
        <source>No annotations yet.
Select text in the article and press Q, S or T.</source>
        <translation>还没有标注。
在文章中选择文字，然后按 Q、S 或 T。</translation>
    </message>
    <message>
        <source>Speaker…</source>
        <translation>说话人…</translation>
    </message>
    <message>
        <source>Change the speaker (and quote type)</source>
        <translation>更改说话人（及引语类型）</translation>
    </message>
    <message>
        <source>Theme…</source>
        <translation>主题…</translation>
    </message>
    <message>
        <source>Add a theme to the selected annotation</source>
        <translation>为所选标注添加主题</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <source>Write or edit the note (N)</source>
        <translation>撰写或编辑备注 (N)</translation>
    </message>
    <message>
        <source>Adjust span</source>
        <translation>调整范围</translation>
    </message>
    <message>
        <source>Move the annotation onto the text selected in the reader</source>
        <translation>将标注移到阅读区中所选的文字上</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Del)</source>
        <translation>删除所选标注 (Del)</translation>
    </message>
    <message>
        <source>Show only this {0}</source>
        <translation>仅显示此{0}</translation>
    </message>
    <message>
        <source>{0}: All</source>
        <translation>{0}：全部</translation>
    </message>
    <message>
        <source>Make it an indirect quote</source>
        <translation>改为间接引语</translation>
    </message>
    <message>
        <source>Make it a direct quote</source>
        <translation>改为直接引语</translation>
    </message>
    <message>
        <source>Remove theme</source>
        <translation>移除主题</translation>
    </message>
</context>
<context>
    <name>SpeakerModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Other names for this speaker, separated by semicolons</source>
        <translation>该说话人的其他名字，用分号分隔</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) attributed to {0}</source>
        <translation>
            <numerusform>归于 {0} 的引语共 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakerPage</name>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>说话人：</translation>
    </message>
    <message>
        <source>Quotes over time</source>
        <translation>引语随时间变化</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Themes of their quotes</source>
        <translation>其引语的主题</translation>
    </message>
    <message>
        <source>Roles and names as stated in each article</source>
        <translation>各篇文章中所称的角色和名字</translation>
    </message>
    <message>
        <source>No speaker chosen</source>
        <translation>未选择说话人</translation>
    </message>
    <message>
        <source>Choose a speaker above, or open one from the Speakers panel or a quote.</source>
        <translation>请在上方选择说话人，或从说话人面板或某条引语打开。</translation>
    </message>
    <message>
        <source>Also named: {0}</source>
        <translation>又称：{0}</translation>
    </message>
    <message>
        <source>Quotes: {0}</source>
        <translation>引语：{0}</translation>
    </message>
    <message>
        <source>Direct: {0}</source>
        <translation>直接：{0}</translation>
    </message>
    <message>
        <source>Reported: {0}</source>
        <translation>间接：{0}</translation>
    </message>
    <message>
        <source>Type not set: {0}</source>
        <translation>未设类型：{0}</translation>
    </message>
    <message>
        <source>No speaker mentions tagged yet.</source>
        <translation>尚未标注任何说话人提及。</translation>
    </message>
    <message>
        <source>{0} · one article</source>
        <translation>{0} · 一篇文章</translation>
    </message>
</context>
<context>
    <name>SpeakerPicker</name>
    <message>
        <source>Tag quote</source>
        <translation>标注引语</translation>
    </message>
    <message>
        <source>Tag speaker mention</source>
        <translation>标注说话人提及</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Who says this? (type a name or alias)</source>
        <translation>这是谁说的？（输入姓名或别名）</translation>
    </message>
    <message>
        <source>Which speaker?</source>
        <translation>哪位说话人？</translation>
    </message>
    <message>
        <source>Role of the new speaker</source>
        <translation>新说话人的角色</translation>
    </message>
    <message>
        <source>e.g. finance minister</source>
        <translation>例如：财政部长</translation>
    </message>
    <message>
        <source>Affiliation of the new speaker</source>
        <translation>新说话人的所属机构</translation>
    </message>
    <message>
        <source>e.g. Ministry of Finance</source>
        <translation>例如：财政部</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>所属机构(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Direct</source>
        <translation>直接(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Indirect</source>
        <translation>间接(&amp;I)</translation>
    </message>
    <message>
        <source>Quote type:</source>
        <translation>引语类型：</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>说话人(&amp;S)：</translation>
    </message>
    <message>
        <source>New speaker “{0}”</source>
        <translation>新说话人“{0}”</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>无说话人</translation>
    </message>
    <message>
        <source>Add “{0}” as an alias of {1}</source>
        <translation>将“{0}”添加为 {1} 的别名</translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>Add alias</source>
        <translation>添加别名</translation>
    </message>
    <message>
        <source>Merge speakers</source>
        <translation>合并说话人</translation>
    </message>
    <message>
        <source>Delete speaker</source>
        <translation>删除说话人</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Speakers</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Filter speakers</source>
        <translation>筛选说话人</translation>
    </message>
    <message>
        <source>Name, role, affiliation, aliases and quote count</source>
        <translation>姓名、角色、所属机构、别名和引语数</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>添加说话人</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected cell</source>
        <translation>编辑所选单元格</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Move this speaker&apos;s quotes to another speaker and remove it</source>
        <translation>将此说话人的引语移给另一位说话人并移除此说话人</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the selected speaker</source>
        <translation>删除所选说话人</translation>
    </message>
    <message>
        <source>Speaker Page</source>
        <translation>说话人页面</translation>
    </message>
    <message>
        <source>Everything about this speaker across the project</source>
        <translation>此说话人在整个项目中的全部信息</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>新建说话人</translation>
    </message>
    <message>
        <source>Name of the speaker:</source>
        <translation>说话人姓名：</translation>
    </message>
    <message>
        <source>“{0}” is already known as {1}</source>
        <translation>“{0}”已作为 {1} 存在</translation>
    </message>
    <message>
        <source>Merge speaker</source>
        <translation>合并说话人</translation>
    </message>
    <message>
        <source>Merge “{0}” into:</source>
        <translation>将“{0}”合并到：</translation>
    </message>
    <message>
        <source>Merge “{0}” into “{1}”?</source>
        <translation>将“{0}”合并到“{1}”？</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) will be attributed to “{0}”, “{1}” becomes one of their aliases and is removed as a speaker.</source>
        <translation>
            <numerusform>%n 条引语将归于“{0}”，“{1}”将成为其别名之一，并作为说话人被移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge speakers</source>
        <translation>合并说话人</translation>
    </message>
    <message>
        <source>Delete the speaker “{0}”?</source>
        <translation>删除说话人“{0}”？</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) will stay, without a speaker.</source>
        <translation>
            <numerusform>%n 条引语将保留，但不再有说话人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete speaker</source>
        <translation>删除说话人</translation>
    </message>
</context>
<context>
    <name>SuggestionController</name>
    <message>
        <source>Open an article to see suggested quotes.</source>
        <translation>打开一篇文章以查看建议的引语。</translation>
    </message>
    <message>
        <source>This article is long: its quotes are suggested on demand.
Annotate › Suggest Quotes (Ctrl+Shift+G).</source>
        <translation>这篇文章较长：引语建议需手动获取。
标注 › 建议引语 (Ctrl+Shift+G)。</translation>
    </message>
    <message>
        <source>Automatic suggestions are off.
Annotate › Suggest Quotes (Ctrl+Shift+G).</source>
        <translation>自动建议已关闭。
标注 › 建议引语 (Ctrl+Shift+G)。</translation>
    </message>
    <message>
        <source>Finding quotes…</source>
        <translation>正在查找引语…</translation>
    </message>
    <message>
        <source>Suggestions failed: {0}</source>
        <translation>建议失败：{0}</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>接受建议</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>接受 %n 条建议</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Unknown speaker</source>
        <translation>未知说话人</translation>
    </message>
    <message>
        <source>Suggested quote ({0}) — {1}</source>
        <translation>建议的引语（{0}）— {1}</translation>
    </message>
    <message>
        <source>Role: {0}</source>
        <translation>角色：{0}</translation>
    </message>
    <message>
        <source>Cue: “{0}”</source>
        <translation>提示词：“{0}”</translation>
    </message>
    <message>
        <source>Cue: none</source>
        <translation>提示词：无</translation>
    </message>
    <message>
        <source>Confidence: {0}</source>
        <translation>置信度：{0}</translation>
    </message>
    <message>
        <source>Accept (A) or reject (R) it in the Suggestions list</source>
        <translation>在建议列表中接受 (A) 或拒绝 (R)</translation>
    </message>
    <message>
        <source>{0} quote, {1}, cue {2}, confidence {3}; {4}</source>
        <translation>{0}引语，{1}，提示词 {2}，置信度 {3}；{4}</translation>
    </message>
    <message>
        <source>{0} quote, {1}, confidence {2}; {3}</source>
        <translation>{0}引语，{1}，置信度 {2}；{3}</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Suggest quotes</source>
        <translation>建议引语</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>拒绝建议</translation>
    </message>
</context>
<context>
    <name>SuggestionsSection</name>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Suggested quotes of this article</source>
        <translation>本文的建议引语</translation>
    </message>
    <message>
        <source>Confidence for Accept all</source>
        <translation>“全部接受”的置信度</translation>
    </message>
    <message>
        <source>Accept all accepts the suggestions at least this confident</source>
        <translation>“全部接受”只接受置信度不低于此值的建议</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>接受建议(&amp;A)</translation>
    </message>
    <message>
        <source>Accept the selected suggestion (A)</source>
        <translation>接受所选建议 (A)</translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation>拒绝建议(&amp;R)</translation>
    </message>
    <message>
        <source>Reject the selected suggestion (R)</source>
        <translation>拒绝所选建议 (R)</translation>
    </message>
    <message>
        <source>Accept All &amp;Above Confidence</source>
        <translation>接受高于置信度的全部建议(&amp;A)</translation>
    </message>
    <message>
        <source>Accept every suggestion at least as confident as the value beside it</source>
        <translation>接受置信度不低于旁边数值的所有建议</translation>
    </message>
    <message>
        <source>Su&amp;ggest Quotes</source>
        <translation>建议引语(&amp;G)</translation>
    </message>
    <message>
        <source>Find quotes and speakers in this article</source>
        <translation>在本文中查找引语和说话人</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <source>No suggested quotes for this article.</source>
        <translation>本文没有建议的引语。</translation>
    </message>
    <message>
        <source>finding quotes…</source>
        <translation>正在查找引语…</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ThemeModel</name>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用次数</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) use “{0}”</source>
        <translation>
            <numerusform>%n 条标注使用了“{0}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemePage</name>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>with sub-themes</source>
        <translation>含子主题</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>同时出现</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Themes on the same annotations</source>
        <translation>同一标注上的主题</translation>
    </message>
    <message>
        <source>Passages and quotes by article</source>
        <translation>按文章列出的段落和引语</translation>
    </message>
    <message>
        <source>No theme chosen</source>
        <translation>未选择主题</translation>
    </message>
    <message>
        <source>Choose a theme above, or open one from the Codebook panel or a row.</source>
        <translation>请在上方选择主题，或从编码本面板或某一行打开。</translation>
    </message>
    <message>
        <source>Articles: {0}</source>
        <translation>文章：{0}</translation>
    </message>
    <message>
        <source>Passages: {0}</source>
        <translation>段落：{0}</translation>
    </message>
    <message>
        <source>Quotes: {0}</source>
        <translation>引语：{0}</translation>
    </message>
    <message>
        <source>Showing {0} of {1}: the Passages and Quotes buttons list them all.</source>
        <translation>显示 {1} 条中的 {0} 条：“段落”和“引语”按钮会列出全部。</translation>
    </message>
    <message>
        <source>No passage or quote carries this theme yet.</source>
        <translation>尚无段落或引语带有此主题。</translation>
    </message>
</context>
<context>
    <name>ThemePicker</name>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Type to find a theme, or a new name</source>
        <translation>输入以查找主题，或输入新名称</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Enter applies the highlighted theme</source>
        <translation>按 Enter 应用高亮的主题</translation>
    </message>
    <message>
        <source>Enter creates the theme “{0}”</source>
        <translation>按 Enter 创建主题“{0}”</translation>
    </message>
    <message>
        <source>The codebook is empty: type a name to create a theme</source>
        <translation>编码本为空：输入名称即可创建主题</translation>
    </message>
</context>
<context>
    <name>UrlImportDialog</name>
    <message>
        <source>Annotary works offline. Importing from a web address is the one exception: it downloads this page from the internet, once, now. Nothing from your project is sent.</source>
        <translation>Annotary 离线工作。从网址导入是唯一的例外：它会立即从互联网下载这一个网页，仅此一次。不会发送你项目中的任何内容。</translation>
    </message>
    <message>
        <source>Import from a web address</source>
        <translation>从网址导入</translation>
    </message>
    <message>
        <source>Network notice</source>
        <translation>网络提示</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>&amp;Address of the article:</source>
        <translation>文章网址(&amp;A)：</translation>
    </message>
    <message>
        <source>Download and import</source>
        <translation>下载并导入</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <source>Show these rows</source>
        <translation>显示这些行</translation>
    </message>
    <message>
        <source>This page could not be read: {0}</source>
        <translation>无法读取此页面：{0}</translation>
    </message>
</context>
</TS>
