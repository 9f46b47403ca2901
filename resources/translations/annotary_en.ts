<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>About</name>
    <message>
        <source>Annotary is a reading and annotation tool for researchers who read news articles closely: mark quotes and who said them, describe speakers, and code passages with a tree of themes, offline, in one project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: {0}. Annotary is free software: you may share and change it under the terms of the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Annotary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .txt, .md and .html articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an article of the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a &amp;Web Address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch a page (uses the network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Annotations (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge another coder&apos;s or project&apos;s Annotary JSON export into this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;REFI-QDA (.qdpx, .qdc)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a project or codebook from QualCoder, NVivo, ATLAS.ti or MAXQDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Coders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the coders of this project agree, per theme and for quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the project or this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as &amp;Quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as &amp;Speaker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag with &amp;Theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Annotary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library &amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ear-Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ana&amp;lysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quote of the project, filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every coded passage of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counts and Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes, speakers and quote types counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speaker Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about one speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about one theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;Memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>Compare coders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementHelp</name>
    <message>
        <source>Krippendorff&apos;s α: green ≥ 0.800 reliable · amber 0.667–0.800 tentative · red &lt; 0.667 discard · n/a: undefined (no variation). Help explains the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is compared. Themes and quotes are compared character by character: for each character, did a coder&apos;s span of that category cover it or not. Speaker attribution is compared quote by quote: two coders&apos; quotes match when they overlap by at least half of the longer one, and each coder&apos;s value is the speaker they gave it.

Units: the characters (or matched quotes) compared.
Percent agreement: the share of coder pairs that gave a unit the same value. Not corrected for chance, so a rare theme looks better than it is.
Cohen&apos;s κ: agreement corrected for chance; with more than two coders, the mean over all pairs of coders.
Krippendorff&apos;s α: the coefficient to report. 1 is perfect agreement, 0 is chance level, below 0 the coders differ systematically. Rely on α ≥ 0.800, draw tentative conclusions from 0.667 to 0.800, discard below 0.667. n/a means there is nothing to compare (nobody, or everybody, coded it everywhere).

Show in Article marks where the checked coders differ on the selected row. Export saves the table as CSV or as an HTML page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme, quotes, or the attribution of quotes to speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters compared (themes, quotes) or quotes matched by two coders (speakers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of coder pairs that agree, not corrected for chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (mean over coder pairs with more than two coders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha: rely on ≥ 0.800, tentative from 0.667, discard below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined for these data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliable (≥ 0.800)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tentative only (0.667 – 0.800)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reliable (&lt; 0.667)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} matched quotes compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} characters compared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Coders — Annotary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coders to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the numbers mean and how to read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark in the open article where the checked coders differ on the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table as CSV or as an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This project has annotations of %n coder(s){0}. Agreement needs two coders or more who annotated the same articles: import another coder&apos;s work with File › Import Annotations (JSON)…</source>
        <translation>
            <numerusform>This project has annotations of %n coder{0}. Agreement needs two coders or more who annotated the same articles: import another coder&apos;s work with File › Import Annotations (JSON)…</numerusform>
            <numerusform>This project has annotations of %n coders{0}. Agreement needs two coders or more who annotated the same articles: import another coder&apos;s work with File › Import Annotations (JSON)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least two coders to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Agreement of {0} over %n article(s)</source>
        <translation>
            <numerusform>Agreement of {0} over %n article</numerusform>
            <numerusform>Agreement of {0} over %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Each compared coder must have annotated the same article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles compared ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the agreement table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the agreement table to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisOperations</name>
    <message>
        <source>List annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the speaker&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the theme&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the article&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the project memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisWindow</name>
    <message>
        <source>Analysis — Annotary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Add quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag passage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationRowsModel</name>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <source>Select some text in the article first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No theme on key {0} yet: tag a passage with T first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text (or an annotation) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add speaker {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add theme {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words to add to the quote first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the first part as a quote (Q), then add the next part to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change quote type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the new text in the article first, then adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust span</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{path} cannot be opened.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotary projects (*.annotary)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleNote</name>
    <message>
        <source>Your note on this article: context, doubts, what to come back to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <source>(deleted theme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted speaker)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Articles</name>
    <message>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save reading position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <source>Chart of the counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {0} largest of {1} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the notes over a chart</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>Rename theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codebook: themes and how often each is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a theme at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sub-theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a theme under the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the theme&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit what the theme means and when to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this theme&apos;s uses and sub-themes into another theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the theme and its sub-themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every passage and quote with this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More theme actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename, recolour, describe or merge the selected theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No themes yet.
New theme… adds one; then select text and press T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new sub-theme of “{0}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What “{0}” means and when to use it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “{0}” into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) will move to “{0}”.</source>
        <translation>
            <numerusform>%n annotation will move to “{0}”.</numerusform>
            <numerusform>%n annotations will move to “{0}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-theme(s) will move with them.</source>
        <translation>
            <numerusform>%n sub-theme will move with them.</numerusform>
            <numerusform>%n sub-themes will move with them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge “{0}” into “{1}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” will be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the theme “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This also deletes %n sub-theme(s).</source>
        <translation>
            <numerusform>This also deletes %n sub-theme.</numerusform>
            <numerusform>This also deletes %n sub-themes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It removes %n use(s) of these themes from annotations (the annotations themselves stay).</source>
        <translation>
            <numerusform>It removes %n use of these themes from annotations (the annotations themselves stay).</numerusform>
            <numerusform>It removes %n uses of these themes from annotations (the annotations themselves stay).</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoderComparison</name>
    <message>
        <source>Show &amp;Disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an article annotated by two coders or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide Disagreements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoderDialog</name>
    <message>
        <source>Who is coding?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as a coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotary stores your name on every annotation you make, so that the work of several coders can be told apart and compared. You can change it later in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountListModel</name>
    <message>
        <source>{0}: {1}. Click to see these rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} (a sum: one annotation may count in several cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}. Click to see these rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsView</name>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice share (quote types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme co-occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by speaker role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the same annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the same paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image, dark (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing, dark (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, dark (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts or percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts could not be made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to count yet: annotate some articles first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations counted: {0}. Click a cell or a bar to see its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell or a square to see its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This total is a sum: one annotation may count in several of its cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the table to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisagreementMenu</name>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisagreementView</name>
    <message>
        <source>any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article to see where the coders differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one coder has annotated this article: nothing to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) where {0} differ on {1}</source>
        <translation>
            <numerusform>%n place where {0} differ on {1}</numerusform>
            <numerusform>%n places where {0} differ on {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the theme {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coders differ here ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded differently by: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded by: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not coded by: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentBuilder</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateGroupDialog</name>
    <message>
        <source>Near-duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These articles have nearly the same text. Choose the article to keep in the list, then keep all, hide the others (they stay in the project) or merge them into it (every annotation moves to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into the chosen article; the others&apos; annotations move to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into one article. Annotations placed: {placed}; kept as orphaned (their text was not found): {orphaned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into one article. Annotations placed: {placed}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateOperations</name>
    <message>
        <source>Find near-duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read near-duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all near-duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide near-duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show hidden near-duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge near-duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesBar</name>
    <message>
        <source>Near-duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles with nearly the same text (wire copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Near-Duplicates Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only articles that have near-duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep, Hide or Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep, hide or merge the near-duplicates of the selected article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Near-Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the articles imported before with each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing stopped; the articles compared so far keep their results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One near-duplicate found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n near-duplicates found</source>
        <translation>
            <numerusform>%n near-duplicate found</numerusform>
            <numerusform>%n near-duplicates found</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an article to see its near-duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article has no near-duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole &amp;project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;current article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations with the chosen &amp;themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article to export it alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;current article: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-themes of a chosen theme are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one theme to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This format always holds the whole codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0} to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Annotary JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation, plain list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes table (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded passages table (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations joined with articles (JSON Lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taguette codebook (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>Articles and news exports ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotary projects (*.annotary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already exists; open it with File › Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import to finish before opening another project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be opened: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import EPUB Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import each EPUB book as one article, or each of its chapters as an article of its own?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Article per Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Article per Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That text is already in the project: opened it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search the text, notes and titles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search within the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any speaker (name or alias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker, by name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A speaker&apos;s name or any of their aliases: all of that person&apos;s rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with sub-themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the rows coded with a theme below this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct and reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find; Enter for next, Shift+Enter for previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Highlighting</name>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned: its text was not found again after an edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>{0}: one article read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} articles read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Imported {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>not a kind of file Annotary reads ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a kind of file Annotary reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article imported</numerusform>
            <numerusform>%n articles imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the project</source>
        <translation>
            <numerusform>%n file already in the project</numerusform>
            <numerusform>%n files already in the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n file not imported</numerusform>
            <numerusform>%n files not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of other kinds in the folders left out</source>
        <translation>
            <numerusform>%n file of other kinds in the folders left out</numerusform>
            <numerusform>%n files of other kinds in the folders left out</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled; the %n article(s) imported before it were kept.</source>
        <translation>
            <numerusform>The import was cancelled; the %n article imported before it was kept.</numerusform>
            <numerusform>The import was cancelled; the %n articles imported before it were kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled before any article was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the project (not imported again):
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterchangeImport</name>
    <message>
        <source>Annotary JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qdc);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note or memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selection as a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selection as a speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selection with a theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selection to the quote as another part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a recent theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection / close Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all above confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write or edit the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sub-theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes across the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages across the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts and charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryColumns</name>
    <message>
        <source>The title is always shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the usual columns at their usual widths and places</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-duplicates: other articles with nearly the same text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One other article with nearly the same text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other articles with nearly the same text</source>
        <translation>
            <numerusform>%n other article with nearly the same text</numerusform>
            <numerusform>%n other articles with nearly the same text</numerusform>
        </translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on or after this date: YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on or before this date: YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only articles of this {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching article(s)</source>
        <translation>
            <numerusform>%n matching article</numerusform>
            <numerusform>%n matching articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n article(s)</source>
        <translation>
            <numerusform>{0} of %n article</numerusform>
            <numerusform>{0} of %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Annotary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name stored on your annotations (Preferences changes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel it, then quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” was deleted, so it was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the new text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of “{0}” changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) with their annotations? Edit › Undo brings them back.</source>
        <translation>
            <numerusform>Delete %n article with their annotations? Edit › Undo brings them back.</numerusform>
            <numerusform>Delete %n articles with their annotations? Edit › Undo brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened {0} in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <source>Project Memo — Annotary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memos on the whole project: questions, hunches, decisions about the codebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--occurrence counts from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 annotation of article {article}, which is not in the export, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 case not imported ({names}): a case from another tool becomes a speaker only when it is linked to text selections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 coding refer to codes missing from the codebook; those codings were dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 project note (memos, journals, the project description) added to the project memo, each under its name as a heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid Annotary file (more than {count} problems):
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid Annotary file ({count} problems):
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid Annotary file: it holds a number with thousands of digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid Annotary file: its values are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid Annotary file: version: expected an integer, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid Annotary file: version: expected an integer, missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid Annotary file: version: {version} is not a format version (versions start at 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid Annotary file: {name} is not a JSON number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid Annotary file: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an Annotary file: format: expected {wanted}, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an Annotary file: format: missing (an Annotary file has &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an Annotary file: not UTF-8 text (byte 0x{byte} at line {line}, byte offset {offset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an Annotary file: not valid JSON at line {line}, column {column}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an Annotary file: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an Annotary file: the top level must be an object, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files need the pypdf package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF source {name} skipped: it has no plain-text representation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF source {name}: 1 area selection on pages skipped; selections in its text are imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF source {name}: {count} area selections on pages skipped; selections in its text are imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 except 1 run of bytes, read as Windows-1252 (guessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 except {count} runs of bytes, read as Windows-1252 (guessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents need the python-docx package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a REFI-QDA project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guess: other readings fit the selections as well ({why}); chose the usual reading of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guess: other readings fit the selections as well ({why}); chose the usual reading of {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link to a folder; links are not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page of the PDF cannot be read ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote type applies to quotes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secure connection could not be made ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a speaker cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a speaker needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a theme cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a theme cannot be merged into one of its own sub-themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a theme cannot be moved under itself or one of its sub-themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a theme needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workbook with Quotes and Passages sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement needs at least two coders to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement needs at least two coders; this project has {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an EPUB book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OpenDocument text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotation has at most {count} segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotation needs at least one segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotation&apos;s only segment cannot be removed: delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an article needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation {id} in {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation {id} on {text} was edited on both sides; kept the imported version (newer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation {id} on {text} was edited on both sides; kept this project&apos;s version (newer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program has changed those records since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article {article}: length must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article {article}: span ({start}, {end}) of {coder} lies outside the text (0..{length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article {id} is not one of this group&apos;s articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article {title}: its text differs; kept this project&apos;s text and re-anchored the incoming annotations on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article {title}: published date {value} is not YYYY-MM-DD; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both coders must code the same units: got {first} and {second} values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t redo {what}: another program has changed those records since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t undo or redo this: another program has changed those records since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t undo {what}: another program has changed those records since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot annotate blank text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count by {by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {target}: folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {target}: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {target}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {name}: repeated GUID; given a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code name {name} is used {count} times; written as {written} so tools that need unique code names (QualCoder) keep every coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code {name}: missing or repeated GUID; given a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codebook export: there are no themes to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour {colour} is not of the form #rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date {date} is not of the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each coder may be named only once in a comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements are nested more than {depth} deep (at most {depth}); the page cannot be read whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding guessed: {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every reading places the selections alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export onto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files &apos;{suffix}&apos; cannot be imported (supported: {kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files without a suffix cannot be imported (supported: {kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a REFI-QDA project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval alpha needs finite numbers, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval alpha needs numbers, got {value}; use the nominal level for labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text file {ref} is not in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {count} entries; the rest skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {count} of its documents cannot be read; the rest of the file was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no annotation with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article has been coded by all of: {coders}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article matches {key} (give its id, an id prefix or its title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup named {name}; see &apos;annotary backups&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no byte-order mark: read as {encoding} (guessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date line after the document separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group of near-duplicates {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no readable text was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no readable text was found in this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source and language lines after the word count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no speaker with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no theme with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no title, outlet and date line at the start of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no word count line (&quot;734 words&quot;) in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8; read as {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a usable Web Annotation file: it holds a number with thousands of digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a usable Web Annotation file: nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid web address ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a web address: it contains spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a quote has a quote type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only http:// and https:// web addresses can be fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one reading possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied (read-only or not yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows are exported as csv or xlsx, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selection {selection} belongs to several cases; kept the first speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set {name} not imported: none of its sources was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set {name}: its {what} not grouped (Annotary groups only articles, in collections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source variables not imported (no matching field): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source {name} skipped: it has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source {name} skipped: it has only a rich-text (DOCX) version and no plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source {name} skipped: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source {name}: 1 coding of the whole source skipped (Annotary codes spans of text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source {name}: positions converted: read as {reading} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source {name}: positions: read as {reading} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source {name}: published value {value} is not a date; dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source {name}: selection {label} skipped: its positions are missing or not numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source {name}: selection {label} skipped: span {start}-{end} is outside the text (length {length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source {name}: text {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source {name}: {count} codings of the whole source skipped (Annotary codes spans of text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources {first} and {second} have the same text; kept as two articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span ({start}, {end}) is not a range within {bound}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span {start}-{end} is outside the article&apos;s text (0-{length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker {name}: kept affiliation {kept} (other: {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker {name}: kept role {kept} (other: {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text length must not be negative, got {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the EPUB has more than {count} chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the EPUB has no chapters to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the EPUB names no package document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF cannot be read ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has {count} pages (at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is protected by a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Word document cannot be read ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address could not be found (no such host, or no network connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address returned {content_type}, not a web page or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotation has no segment {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive inflates more than {ratio} times its size ({size} bytes to over {got}): a zip bomb?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive inflates to more than {limit} (at most {limit} in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article contains {text} once, not {occurrence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article contains {text} {count} times, not {occurrence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article does not contain {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article has no {text} after {offset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date line cannot be read: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full (or a size limit was reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has more than {count} paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has neither headline nor text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has neither title nor text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry inflates more than {ratio} times its compressed size ({size} bytes to over {got}): a zip bomb?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry inflates to more than {limit} (at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large to render as Markdown ({size}, rendering takes 3 to 4 s per MB); save it as .txt to import its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file unpacks to {total} bytes (at most {limit} are read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incoming memo not added (with this project&apos;s memo it exceeds {limit} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object (the record with id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link goes round in a loop (too many levels of symbolic links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link leads nowhere ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note of article {article}: the incoming note not added (together they exceed {limit} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes on 1 source became the articles&apos; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes on {count} sources became the articles&apos; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page could not be fetched ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page has {count} elements (main-content detection reads at most {limit}); it was read whole, without navigation and footers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is larger than {count} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page redirects in a loop, or too many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page redirects to an address that is not http(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered {code} {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer within {seconds} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not send the page within {seconds} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP (a line of its header is too long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP (its status line is broken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP (the page was cut off or badly chunked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the suggestion engine failed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the suggestion process stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is {count} characters long; at most {limit} are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text to annotate is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme {name} skipped: its parent is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme {name}: colour {colour} is not #rrggbb; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme {name}: its parent is missing; exported at top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme {name}: its parents form a cycle; exported at top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme {name}: kept this project&apos;s version (other: {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no article in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no text in this EPUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no text in this OpenDocument file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no text in this PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no text in this Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no text to import (the file or text is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this OpenDocument file has no text body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this PDF has no text layer (it is a scanned image): it needs OCR (text recognition) before it can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a GIF image, not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a JPEG image, not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a PDF file (save the article as text or HTML first), not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a PNG image, not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a Windows program, not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a ZIP archive (e.g. .docx, .odt or .epub), not plain text, not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a device, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a gzip archive, not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a media file (RIFF), not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a named pipe, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a program (ELF executable), not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a socket, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an MP3 audio file, not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an Ogg media file, not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an SQLite database, not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an empty ZIP archive, not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an old Microsoft Office file (.doc), not plain text, not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is binary data (it contains NUL bytes), not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is binary data (mostly control characters), not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a PDF that can be read ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Word document (not a zip package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Word document that can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an OpenDocument text (no content.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an RTF file (it does not start with {{\rtf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not {kind} (not a zip package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in the file cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in the file is not well-formed XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in the file is too large to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown chart kind {kind}: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown chart style {style}: light or dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind {kind}: use one of {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level {level}; expected one of {levels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown measure {measure}: themes, speakers or quote-types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown quote type {kind}: use direct or indirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scope {scope}: annotation or paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: this file uses Annotary format version {version}, newer than version {known} that this Annotary reads; update Annotary to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a chart onto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a table onto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by Annotary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{boundaries} of {ends} selection starts and ends on word boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{boundaries} of {ends} selection starts and ends on word boundaries, {names} selection names matching their text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{boundaries} of {ends} selection starts and ends on word boundaries, {names} selection names matching their text; other readings: at most {others}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{boundaries} of {ends} selection starts and ends on word boundaries; other readings: at most {others}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{codes} and {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} annotations of article {article}, which is not in the export, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} articles match {key}: give more of the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cases not imported ({names}): a case from another tool becomes a speaker only when it is linked to text selections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} codings refer to codes missing from the codebook; those codings were dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} project notes (memos, journals, the project description) added to the project memo, each under its name as a heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sources: positions converted: read as {reading}, the reading that puts their selections on word boundaries ({names} and {more} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sources: positions converted: read as {reading}, the reading that puts their selections on word boundaries ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}; restore the latest backup with &apos;annotary backups --restore {name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items}, {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items}; {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} without {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {name} skipped: Annotary imports text only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: its TextPositionSelector is not a valid span; it will be placed by its quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: its {count} targets are not parts of one text in order; only the first is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: no TextQuoteSelector with text; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: no selected text in a target source; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lines}
- and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lines}
- {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} by {by} is not a table: choose another --by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an editable field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not one of the project&apos;s backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a chart is written as .png, .svg or .pdf, not nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a chart is written as .png, .svg or .pdf, not {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: save the table as .csv or .html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} belongs to the open project {name}: it cannot be used to {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be created: its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not an Annotary project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not an Annotary project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not an Annotary project; it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({why}); restore the latest backup with &apos;annotary backups --restore {name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be used ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be used ({why}); the latest backup is {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged or incomplete ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes) but has backups; restore one with &apos;annotary backups --restore NAME&apos; (see &apos;annotary backups&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): it is not a usable backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a project with anything to back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a regular file, so not an Annotary project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an Annotary project: it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an SQLite database: it is not a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is open in this program; close it before restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is read-only and uses an older format (schema {version}): it must be made writable to be upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is read-only: changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} needs an upgrade to schema {current}, but no backup could be kept first, so nothing was changed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} needs an upgrade to schema {current}, but the disk is full; nothing was changed (free some space and retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer Annotary (schema {version}); this version reads up to schema {current}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: a single segment is the annotation&apos;s span: its exact, prefix and suffix must be the annotation&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: does not match the text (the SHA-256 of its UTF-8 text is {digest}); the text or its digest was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: duplicate id {id} (already used at {earlier})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: expected {wanted}, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: expected {wanted}, got {got} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: holds an unpaired surrogate \u{code} at character {at}, which is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: holds the same value more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: missing (every {record} has it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: must be at most {most}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: must be greater than start ({start}), got {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: must be one of {choices}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: must be the first segment&apos;s start ({start}), got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: must be the last segment&apos;s end ({end}), got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: must be {least} or more, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: must be {wanted}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: must hold at least {least}, got {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: must hold at most {most}, got {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no article with id {id} in the file or the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no speaker with id {id} in the file or the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no theme with id {id} in the file or the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a REFI-QDA project (.qdpx): the file is not a valid zip archive ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a usable REFI-QDA project (.qdpx): the entry {entry} points outside the archive (an absolute or &apos;..&apos; path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: segments must be in text order without overlap; {start} is before the end of the one before ({previous_end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: shorter than {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the archive has {count} entries (at most {limit}); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the disk is full; nothing was changed (free some space and retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the disk reported an error ({why}); nothing was changed, check the disk and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the project is busy with a change by another program; nothing was changed, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: theme parents form a cycle: {cycle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: unknown key (not in format version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {end} is beyond the end of the article text ({length} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {exact} is not the article text at {start}..{end}, which reads {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {exact} is not the article text at {start}..{end}, which reads {found} (an anchored annotation must quote its text exactly; mark it orphaned if the text changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {value} is not {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size}; at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{units}, &quot;\r\n&quot; counted as {crlf}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({count} warnings: {warnings})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({count} warnings: {warnings}; …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: its speaker {speaker} is not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: not a REFI-QDA codebook (root element is &lt;{root}&gt;, expected &lt;CodeBook&gt; in {namespace})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: not a REFI-QDA project (.qdpx): the archive holds no project.qde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: not a REFI-QDA project (root element is {shown}, expected &lt;Project&gt; in urn:QDA-XML:project:1.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: orphaned (its text changed); not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: span {start}-{end} is outside the text; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the XML document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the XML is malformed ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the codebook has no &lt;Codes&gt;; nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: theme {theme} is not exported; coding dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {entry} cannot be read from the archive ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {entry}: {what}; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newspaper, site or agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. en, de, zh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. port strike, 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a day of the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sect&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section of the newspaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page in print, e.g. 12 or A7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;ngth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the database states it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Nexis, Factiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docu&amp;ment ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file the article was imported from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-duplicates merged into this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: press Enter or leave the field to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the entered value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article to see and edit its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on this passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return); leaving the field saves too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Import 1 article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {0} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from REFI-QDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import annotations from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} of {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the background task stopped without a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0} annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove part of quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelTabs</name>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Import pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default serif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as stored on every annotation you make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest quotes automatically when an article opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest quotes automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window; it changes at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coder needs a name: it is stored on every annotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect when Annotary starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectWatcher</name>
    <message>
        <source>Reading the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was restored from a backup by another program; the undo history was cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading changes made elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderInput</name>
    <message>
        <source>Tag as quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag with theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this part from the quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article being read; select text to tag it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n speaker</numerusform>
            <numerusform>%n speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>added {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n already present</numerusform>
            <numerusform>%n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) updated</source>
        <translation>
            <numerusform>%n annotation updated</numerusform>
            <numerusform>%n annotations updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned</source>
        <translation>
            <numerusform>%n orphaned</numerusform>
            <numerusform>%n orphaned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article note(s) added</source>
        <translation>
            <numerusform>%n article note added</numerusform>
            <numerusform>%n article notes added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article note(s) appended to a different note already there</source>
        <translation>
            <numerusform>%n article note appended to a different note already there</numerusform>
            <numerusform>%n article notes appended to a different note already there</numerusform>
        </translation>
    </message>
    <message>
        <source>the project memo added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incoming memo appended to this project&apos;s memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in this project, recognised ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) replaced by the newer imported version</source>
        <translation>
            <numerusform>%n annotation replaced by the newer imported version</numerusform>
            <numerusform>%n annotations replaced by the newer imported version</numerusform>
        </translation>
    </message>
    <message>
        <source>Orphaned ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) whose text was not found again in this project&apos;s version of the article; kept, marked orphaned</source>
        <translation>
            <numerusform>%n annotation whose text was not found again in this project&apos;s version of the article; kept, marked orphaned</numerusform>
            <numerusform>%n annotations whose text was not found again in this project&apos;s version of the article; kept, marked orphaned</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts: which side was kept ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped or converted, with the reason ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsView</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to every row the filters allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown as CSV or as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell of the table or a bar of the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column sorts once every row is listed; narrow the filters first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows copied: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in the Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speaker Page: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme Page: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows saved to {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>The project is busy with a change by another program; nothing was changed — try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(details in {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>In a note: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <source>Undo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (nothing was changed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotations yet.
Select text in the article and press Q, S or T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the speaker (and quote type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a theme to the selected annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write or edit the note (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the annotation onto the text selected in the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected annotations (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it an indirect quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it a direct quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names for this speaker, separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) attributed to {0}</source>
        <translation>
            <numerusform>%n quote attributed to {0}</numerusform>
            <numerusform>%n quotes attributed to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakerPage</name>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes of their quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and names as stated in each article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a speaker above, or open one from the Speakers panel or a quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also named: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type not set: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker mentions tagged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · one article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerPicker</name>
    <message>
        <source>Tag quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag speaker mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who says this? (type a name or alias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which speaker?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the new speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. finance minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation of the new speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ministry of Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New speaker “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “{0}” as an alias of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>Add alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete speaker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, role, affiliation, aliases and quote count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this speaker&apos;s quotes to another speaker and remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about this speaker across the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is already known as {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “{0}” into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “{0}” into “{1}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) will be attributed to “{0}”, “{1}” becomes one of their aliases and is removed as a speaker.</source>
        <translation>
            <numerusform>%n quote will be attributed to “{0}”, “{1}” becomes one of their aliases and is removed as a speaker.</numerusform>
            <numerusform>%n quotes will be attributed to “{0}”, “{1}” becomes one of their aliases and is removed as a speaker.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the speaker “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) will stay, without a speaker.</source>
        <translation>
            <numerusform>%n quote will stay, without a speaker.</numerusform>
            <numerusform>%n quotes will stay, without a speaker.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete speaker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionController</name>
    <message>
        <source>Open an article to see suggested quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is long: its quotes are suggested on demand.
Annotate › Suggest Quotes (Ctrl+Shift+G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic suggestions are off.
Annotate › Suggest Quotes (Ctrl+Shift+G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding quotes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accept %n suggestion</numerusform>
            <numerusform>Accept %n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested quote ({0}) — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue: “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept (A) or reject (R) it in the Suggestions list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} quote, {1}, cue {2}, confidence {3}; {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} quote, {1}, confidence {2}; {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Suggest quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsSection</name>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested quotes of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence for Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all accepts the suggestions at least this confident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected suggestion (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected suggestion (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All &amp;Above Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept every suggestion at least as confident as the value beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;ggest Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find quotes and speakers in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggested quotes for this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding quotes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeModel</name>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) use “{0}”</source>
        <translation>
            <numerusform>%n annotation use “{0}”</numerusform>
            <numerusform>%n annotations use “{0}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemePage</name>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with sub-themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes on the same annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages and quotes by article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No theme chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a theme above, or open one from the Codebook panel or a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {0} of {1}: the Passages and Quotes buttons list them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passage or quote carries this theme yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemePicker</name>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a theme, or a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter applies the highlighted theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter creates the theme “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codebook is empty: type a name to create a theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlImportDialog</name>
    <message>
        <source>Annotary works offline. Importing from a web address is the one exception: it downloads this page from the internet, once, now. Nothing from your project is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address of the article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download and import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <source>Show these rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
