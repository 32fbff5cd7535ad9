#include "helpwindow.h"

#include "windowsize.h"

#include "clinic/language.h"

#include <QAbstractTextDocumentLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace meso::ui {

namespace {

// The block's heading level (1 for #, 2 for ##, ...), 0 when it is not a heading.
int headingLevel(const QTextBlock &block)
{
    return block.blockFormat().headingLevel();
}

// A section: its heading block and the text up to the next heading of the same or a higher level.
QString sectionText(QTextBlock block)
{
    const int level = headingLevel(block);
    QString text = block.text();
    for (block = block.next(); block.isValid(); block = block.next()) {
        const int l = headingLevel(block);
        if (l > 0 && l <= level)
            break;
        text += QLatin1Char('\n') + block.text();
    }
    return text;
}

} // namespace

QString HelpWindow::guidePath(const QString &language)
{
    return language == QLatin1String("fr")
               ? QStringLiteral(":/mesoplan/guide/fr/guide-utilisateur.md")
               : QStringLiteral(":/mesoplan/guide/user-guide.md");
}

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_search(new QLineEdit(this)), m_contents(new QTreeWidget(this)),
      m_browser(new QTextBrowser(this)), m_found(new QLabel(this))
{
    setWindowTitle(tr("MesoPlan user guide"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setPlaceholderText(tr("words to find in the guide"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    top->addWidget(m_found);
    layout->addLayout(top);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_contents->setHeaderHidden(true);
    m_contents->setColumnCount(1);
    split->addWidget(m_contents);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 3);
    split->setSizes({260, 760});
    rememberSplitter(split, QStringLiteral("help"));
    layout->addWidget(split, 1);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guidePath(clinic::installedLanguage())),
                         QTextDocument::MarkdownResource);
    fitImages(720);
    fillContents();
    connect(m_contents, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openSection(item->text(0)); });
    connect(m_contents, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { openSection(item->text(0)); });
    // Scrolled by the reader: the section opened no longer holds the top.
    connect(m_browser->verticalScrollBar(), &QScrollBar::actionTriggered, this,
            [this] { m_pinned = -1; });
    connect(m_search, &QLineEdit::textChanged, this, &HelpWindow::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    resize(1100, 720);
}

void HelpWindow::fitImages(int maxWidth)
{
    // The screenshots are of a 1366-pixel screen: shown at most `maxWidth` wide, in proportion.
    QTextDocument *doc = m_browser->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QImage picture =
                doc->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
            if (picture.isNull() || picture.width() <= maxWidth)
                continue;
            image.setWidth(maxWidth);
            image.setHeight(qreal(picture.height()) * maxWidth / picture.width());
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

void HelpWindow::fillContents()
{
    m_contents->clear();
    QTreeWidgetItem *chapter = nullptr;
    for (QTextBlock b = m_browser->document()->begin(); b.isValid(); b = b.next()) {
        const int level = headingLevel(b);
        if (level == 2 || (level == 3 && !chapter)) {
            chapter = new QTreeWidgetItem(m_contents, {b.text()});
            chapter->setData(0, Qt::UserRole, b.position());
        } else if (level == 3) {
            auto *item = new QTreeWidgetItem(chapter, {b.text()});
            item->setData(0, Qt::UserRole, b.position());
        }
    }
}

bool HelpWindow::openSection(const QString &heading)
{
    for (QTextBlock b = m_browser->document()->begin(); b.isValid(); b = b.next()) {
        if (headingLevel(b) > 0 && b.text() == heading) {
            m_browser->setTextCursor(QTextCursor(b));
            m_pinned = b.position();
            for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
                if ((*it)->data(0, Qt::UserRole).toInt() == b.position()) {
                    const QSignalBlocker quiet(m_contents);
                    m_contents->setCurrentItem(*it);
                }
            }
            keepPinnedOnTop();
            return true;
        }
    }
    return false;
}

void HelpWindow::keepPinnedOnTop()
{
    if (m_pinned < 0)
        return;
    // The heading at the top of the view, not merely somewhere on screen.
    QAbstractTextDocumentLayout *layout = m_browser->document()->documentLayout();
    layout->documentSize(); // the whole guide laid out: the scroll bar's range is its height
    const QTextBlock b = m_browser->document()->findBlock(m_pinned);
    const int top = qRound(layout->blockBoundingRect(b).top());
    m_browser->verticalScrollBar()->setValue(top);
}

void HelpWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The text flows anew at another width: the section opened stays at the top (once laid out).
    QTimer::singleShot(0, this, &HelpWindow::keepPinnedOnTop);
}

QString HelpWindow::currentSection() const
{
    QTextBlock b = m_browser->textCursor().block();
    for (; b.isValid(); b = b.previous()) {
        if (headingLevel(b) > 0)
            return b.text();
    }
    return {};
}

int HelpWindow::search(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int sections = 0;
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        QTreeWidgetItem *item = *it;
        const QTextBlock block =
            m_browser->document()->findBlock(item->data(0, Qt::UserRole).toInt());
        const QString body = sectionText(block);
        const bool holds = std::all_of(words.begin(), words.end(), [&body](const QString &w) {
            return body.contains(w, Qt::CaseInsensitive);
        });
        item->setHidden(!holds && item->childCount() == 0);
        // A chapter's text holds its sections': counted once, by its sections (or itself when it
        // has none).
        sections += holds && item->childCount() == 0 ? 1 : 0;
    }
    // A chapter stays while one of its sections holds the words.
    for (int i = 0; i < m_contents->topLevelItemCount(); ++i) {
        QTreeWidgetItem *chapter = m_contents->topLevelItem(i);
        bool child = false;
        for (int c = 0; c < chapter->childCount(); ++c)
            child = child || !chapter->child(c)->isHidden();
        if (chapter->childCount() > 0) {
            const QTextBlock block =
                m_browser->document()->findBlock(chapter->data(0, Qt::UserRole).toInt());
            const QString body = sectionText(block);
            chapter->setHidden(!child &&
                               !std::all_of(words.begin(), words.end(), [&body](const QString &w) {
                                   return body.contains(w, Qt::CaseInsensitive);
                               }));
        }
    }
    if (words.isEmpty()) {
        m_found->clear();
        return 0;
    }
    m_pinned = -1; // the place found holds the view now, not the section opened
    if (!m_browser->find(words.front()) && sections > 0) { // from the top again
        m_browser->moveCursor(QTextCursor::Start);
        m_browser->find(words.front());
    }
    m_found->setText(sections == 0 ? tr("not found") : tr("%n section(s)", nullptr, sections));
    return sections;
}

} // namespace meso::ui
