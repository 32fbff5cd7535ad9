#pragma once

#include "csvfile.h"

#include "clinic/actinguser.h"
#include "clinic/reminderservice.h"

#include <QDialog>

#include <optional>
#include <vector>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

class TableModel;

// A day's appointment reminders (issue 19), opened from the Calendar: the patients who agreed to
// reminders, each with the text they will receive in their language and the pre-session
// instructions; how many appointments are left out for want of consent. "Save CSV…" writes the
// file for the clinic's SMS or e-mail service; "Send e-mails…" sends them through the clinic's
// mail server (Settings) with the appointment attached, the password taken from this
// workstation's keyring or asked (and kept there if wished), the sending off the GUI thread with
// its progress and a Cancel.
class RemindersDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        PatientColumn,
        PhoneColumn,
        EmailColumn,
        LanguageColumn,
        PractitionerColumn,
        ProtocolColumn
    };

    RemindersDialog(clinic::Services &services, clinic::ActingUser user, const QDate &day,
                    QWidget *parent = nullptr);
    ~RemindersDialog() override;

    // Reads the day's reminders again (an audited read); false, the reason shown, when refused.
    bool refresh();
    void setDay(const QDate &day);
    // The CSV for an SMS service (plain CSV by default) or a spreadsheet.
    bool saveCsv(const QString &path, const clinic::CsvFormat &format = {});
    // Sends the day's e-mails with `password` (the keyring's or the one asked when empty and
    // needed); returns when done, the report shown. False when nothing could be sent.
    bool sendEmails(const QString &password = {});

    TableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPlainTextEdit *preview() const { return m_preview; }
    QPushButton *csvButton() const { return m_csv; }
    QPushButton *emailButton() const { return m_email; }
    QString message() const;
    QString summary() const;

private:
    void showSelected();
    struct Password
    {
        QString text;
        bool remember = false;    // keep it in the keyring once the server accepts it
        bool fromKeyring = false; // forgotten there if the server refuses it
    };
    // The mail server's password: the keyring's, else asked; nullopt when the user cancels.
    std::optional<Password> askPassword(const clinic::MailSettings &settings);

    clinic::Services &m_services;
    clinic::ActingUser m_user;
    QDateEdit *m_day;
    TableModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_preview;
    QLabel *m_summary, *m_message;
    QPushButton *m_csv, *m_email;
    std::vector<clinic::Reminder> m_reminders;
};

} // namespace meso::ui
