#include "remindersdialog.h"

#include "csvfile.h"

#include "common/refusal.h"
#include "common/tablemodel.h"
#include "common/tableviews.h"
#include "common/windowsize.h"

#include "clinic/clinictime.h"
#include "clinic/keyring.h"
#include "clinic/language.h"
#include "clinic/services.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>
#include <optional>

namespace meso::ui {

RemindersDialog::RemindersDialog(clinic::Services &services, clinic::ActingUser user,
                                 const QDate &day, QWidget *parent)
    : QDialog(parent), m_services(services), m_user(std::move(user)),
      m_day(new QDateEdit(day, this)),
      m_model(new TableModel({tr("Time"), tr("Patient"), tr("Phone"), tr("E-mail"), tr("Language"),
                              tr("Practitioner"), tr("Protocol")},
                             this)),
      m_view(makeOneLineTable(m_model, this, ProtocolColumn)), m_preview(new QPlainTextEdit(this)),
      m_summary(new QLabel(this)), m_message(new QLabel(this)),
      m_csv(new QPushButton(tr("Save &CSV for SMS…"), this)),
      m_email(new QPushButton(tr("Send &e-mails…"), this))
{
    setWindowTitle(tr("Appointment reminders"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("&Day:"), this);
    dayLabel->setBuddy(m_day);
    m_day->setCalendarPopup(true);
    top->addWidget(dayLabel);
    top->addWidget(m_day);
    top->addWidget(m_summary, 1);
    m_summary->setWordWrap(true);
    layout->addLayout(top);

    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProtocolColumn, QHeaderView::Stretch);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    auto *previewBox = new QWidget(split);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewLabel = new QLabel(tr("&Message, in the patient's language:"), previewBox);
    previewLabel->setBuddy(m_preview);
    m_preview->setReadOnly(true);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_preview);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    rememberSplitter(split, QStringLiteral("reminders"));
    layout->addWidget(split, 1);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_csv, QDialogButtonBox::ActionRole);
    buttons->addButton(m_email, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const CsvFile file =
            askCsvFile(this, tr("Save the reminders"),
                       tr("reminders-%1.csv").arg(m_day->date().toString(Qt::ISODate)), true);
        if (!file.path.isEmpty())
            saveCsv(file.path, file.format);
    });
    connect(m_email, &QPushButton::clicked, this, [this] { sendEmails(); });
    connect(m_day, &QDateEdit::editingFinished, this, &RemindersDialog::refresh);
    connect(m_day, &QDateEdit::dateChanged, this, [this] {
        if (!m_day->hasFocus()) // the calendar popup or the arrows; typing waits for the end
            refresh();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RemindersDialog::showSelected);
    resize(960, 600);
    refresh();
}

RemindersDialog::~RemindersDialog()
{
    // Closing moves the focus away from the day's field, whose editingFinished would refresh a
    // dialog half destroyed (QDialog's destructor hides it).
    m_day->disconnect(this);
}

QString RemindersDialog::message() const
{
    return m_message->text();
}

QString RemindersDialog::summary() const
{
    return m_summary->text();
}

void RemindersDialog::setDay(const QDate &day)
{
    const QSignalBlocker block(m_day);
    m_day->setDate(day);
    refresh();
}

bool RemindersDialog::refresh()
{
    m_message->clear();
    m_preview->clear();
    m_reminders.clear();
    std::vector<TableModel::Row> rows;
    try {
        clinic::DayReminders day = m_services.reminders.forDay(m_user, m_day->date());
        m_reminders = std::move(day.reminders);
        QString text = tr("%n reminder(s) to send", nullptr, static_cast<int>(m_reminders.size()));
        if (day.withoutConsent > 0)
            text += QLatin1Char(' ') + tr("(%n appointment(s) left out: no consent to reminders)",
                                          nullptr, day.withoutConsent);
        m_summary->setText(text);
    } catch (const std::exception &e) {
        m_summary->clear();
        m_message->setText(refusal(e));
        m_model->setRows({});
        m_csv->setEnabled(false);
        m_email->setEnabled(false);
        return false;
    }
    const QLocale locale;
    const clinic::PhoneNumbers phones = m_services.patients.phoneNumbers();
    for (const clinic::Reminder &r : m_reminders) {
        const QDateTime start = clinic::toDateTime(r.row.start);
        rows.push_back(
            {{locale.toString(start.time(), QLocale::ShortFormat),
              r.row.givenNames + QLatin1Char(' ') + r.row.familyName, phones.display(r.row.phone),
              r.row.email, clinic::languageName(r.language), r.row.practitioner, r.protocolName},
             {},
             {}});
    }
    m_model->setRows(std::move(rows));
    m_csv->setEnabled(!m_reminders.empty());
    m_email->setEnabled(!m_reminders.empty());
    if (!m_reminders.empty())
        m_view->selectRow(0);
    return true;
}

void RemindersDialog::showSelected()
{
    const int row = m_view->currentIndex().row();
    m_preview->setPlainText(row >= 0 && row < static_cast<int>(m_reminders.size())
                                ? m_reminders[static_cast<size_t>(row)].message
                                : QString());
}

bool RemindersDialog::saveCsv(const QString &path, const clinic::CsvFormat &format)
{
    try {
        const QByteArray csv = m_services.reminders.exportCsv(m_user, m_day->date(), format);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
            m_message->setText(tr("Not saved: cannot write %1 (%2)").arg(path, file.errorString()));
            return false;
        }
    } catch (const std::exception &e) {
        m_message->setText(tr("Not saved: %1").arg(refusal(e)));
        return false;
    }
    m_message->setText(tr("Saved %1.").arg(path));
    return true;
}

std::optional<RemindersDialog::Password>
RemindersDialog::askPassword(const clinic::MailSettings &settings)
{
    if (settings.user.isEmpty())
        return Password{};
    if (auto kept = clinic::Keyring::smtpPassword(settings.host, settings.user))
        return Password{*kept, false, true};
    QDialog ask(this);
    ask.setWindowTitle(tr("Mail server password"));
    auto *form = new QFormLayout(&ask);
    form->addRow(new QLabel(tr("Password of %1 at %2:").arg(settings.user, settings.host), &ask));
    auto *password = new QLineEdit(&ask);
    password->setEchoMode(QLineEdit::Password);
    form->addRow(password);
    auto *remember =
        new QCheckBox(tr("&Remember it on this workstation (in the system keyring)"), &ask);
    form->addRow(remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return std::nullopt;
    // Kept only once the server has accepted it (sendEmails).
    return Password{password->text(), remember->isChecked(), false};
}

bool RemindersDialog::sendEmails(const QString &givenPassword)
{
    clinic::MailBatch batch;
    try {
        batch = m_services.reminders.prepareEmails(m_user, m_day->date());
    } catch (const std::exception &e) {
        m_message->setText(tr("No e-mail sent: %1").arg(refusal(e)));
        return false;
    }
    if (batch.mails.empty()) {
        m_message->setText(batch.alreadySent > 0
                               ? tr("No e-mail to send: the day's reminders were e-mailed "
                                    "already.")
                               : tr("No e-mail to send: no patient of the day has an e-mail "
                                    "address and consent to reminders."));
        return false;
    }
    Password password{givenPassword, false, false};
    if (givenPassword.isEmpty()) {
        const auto asked = askPassword(batch.settings);
        if (!asked)
            return false;
        password = *asked;
    }

    // The network work runs in its own thread: the window keeps repainting, Cancel stops
    // between two e-mails. The database is touched on this thread only: each e-mail the server
    // accepted is recorded at once (a queued call here), so none goes twice.
    const int total = static_cast<int>(batch.mails.size());
    QProgressDialog progress(tr("Sending the reminders…"), tr("Cancel"), 0, total, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    std::atomic<bool> cancelled = false, signInRefused = false;
    // Per e-mail: nullopt while not attempted, empty when the server accepted it, else why not.
    std::vector<std::optional<QString>> results(batch.mails.size());
    int sent = 0;
    QStringList failures;
    QThread *worker = QThread::create([this, &batch, &results, &cancelled, &signInRefused,
                                       &progress, &sent, &failures, secret = password.text] {
        clinic::SmtpSession smtp(batch.settings, secret);
        for (size_t i = 0; i < batch.mails.size() && !cancelled; ++i) {
            results[i] = smtp.send(batch.mails[i].second);
            if (results[i]->isEmpty()) {
                QMetaObject::invokeMethod(
                    this,
                    [this, &batch, &sent, &failures, i] {
                        try {
                            m_services.reminders.recordEmailed(m_user, batch, {i});
                            ++sent;
                        } catch (const std::exception &e) {
                            failures << refusal(e);
                        }
                    },
                    Qt::QueuedConnection);
            }
            QMetaObject::invokeMethod(&progress, "setValue", Qt::QueuedConnection,
                                      Q_ARG(int, static_cast<int>(i) + 1));
            if (!results[i]->isEmpty() && smtp.lastFailureStopsAll()) {
                signInRefused = smtp.lastFailureWasSignIn();
                break; // the next ones would fail alike (and a server locks repeated sign-ins)
            }
        }
    });
    connect(&progress, &QProgressDialog::canceled, this, [&cancelled] { cancelled = true; });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    cancelled = cancelled || worker->isRunning(); // the loop left early: stop at the next one
    worker->wait();
    delete worker;
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall); // the last records
    progress.reset();

    for (size_t i = 0; i < batch.mails.size(); ++i) {
        const clinic::Reminder &r = batch.mails[i].first;
        if (results[i] && !results[i]->isEmpty())
            failures << tr("%1 %2 <%3>: %4")
                            .arg(r.row.givenNames, r.row.familyName, r.row.email, *results[i]);
    }
    // The keyring keeps a password the server accepted, and forgets one it refused.
    const clinic::MailSettings &m = batch.settings;
    QString keyringProblem;
    if (signInRefused && password.fromKeyring)
        clinic::Keyring::forgetSmtpPassword(m.host, m.user, &keyringProblem);
    else if (sent > 0 && password.remember &&
             !clinic::Keyring::storeSmtpPassword(m.host, m.user, password.text, &keyringProblem))
        failures << tr("The password could not be kept in the keyring: %1").arg(keyringProblem);
    QStringList report;
    report << tr("%n e-mail(s) sent.", nullptr, sent);
    if (batch.alreadySent > 0)
        report << tr("%n sent before, not again.", nullptr, batch.alreadySent);
    if (batch.withoutEmail > 0)
        report << tr("%n patient(s) without an e-mail address: use the CSV for SMS.", nullptr,
                     batch.withoutEmail);
    const auto attempted =
        std::count_if(results.begin(), results.end(), [](const auto &r) { return r.has_value(); });
    if (attempted < total)
        report << tr("%n not attempted.", nullptr, total - static_cast<int>(attempted));
    if (!failures.isEmpty())
        report << tr("Not sent: %1").arg(failures.join(QStringLiteral("; ")));
    m_message->setText(report.join(QLatin1Char(' ')));
    return sent > 0;
}

} // namespace meso::ui
