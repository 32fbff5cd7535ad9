#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace meso::ui {

// What a locked window shows: an opaque cover over the whole window with only who is signed in,
// a password field and Unlock. The window underneath keeps its state (unsaved edits included);
// its title is replaced while covered (titles may name a patient) and given back afterwards.
class LockOverlay : public QWidget
{
    Q_OBJECT
public:
    LockOverlay(QWidget *window, const QString &heading, const QString &lockedTitle);
    ~LockOverlay() override;

    QLabel *headingLabel() const { return m_heading; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *unlockButton() const { return m_unlock; }
    QString message() const;
    void setMessage(const QString &message);
    void setCountdown(int seconds);
    // Gives the window back its title and focus (before the cover goes).
    void restoreWindow();

Q_SIGNALS:
    void unlockRequested(const QString &password);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QWidget *m_window;
    QString m_savedTitle, m_lockedTitle;
    QPointer<QWidget> m_savedFocus;
    QLabel *m_heading, *m_message, *m_countdown;
    QLineEdit *m_password;
    QPushButton *m_unlock;
};

} // namespace meso::ui
