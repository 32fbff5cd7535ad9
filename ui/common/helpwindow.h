#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;

namespace meso::ui {

// The user guide inside the application (Help > User guide, F1): the guide bundled with the
// program in the interface's language (docs/user-guide.md or docs/fr/guide-utilisateur.md and
// their screenshots, compiled in as resources: it works offline), its sections on the left, a
// search that keeps the sections holding the words typed and shows the next place they occur.
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // Scrolls to the section headed `heading` (as the guide writes it); false when none is.
    bool openSection(const QString &heading);
    // The heading of the section shown at the top.
    QString currentSection() const;
    // Keeps the sections whose text holds every word of `text` and shows the first place after
    // the cursor; how many sections hold it.
    int search(const QString &text);

    QTextBrowser *browser() const { return m_browser; }
    QTreeWidget *contents() const { return m_contents; }
    QLineEdit *searchEdit() const { return m_search; }
    // The guide's resource path for a language ("en", "fr").
    static QString guidePath(const QString &language);

private:
    void fillContents();
    void fitImages(int maxWidth);
    void keepPinnedOnTop();
    void resizeEvent(QResizeEvent *event) override;

    QLineEdit *m_search;
    QTreeWidget *m_contents;
    QTextBrowser *m_browser;
    QLabel *m_found;
    int m_pinned = -1; // the position of the heading opened, kept at the top until scrolled
};

} // namespace meso::ui
