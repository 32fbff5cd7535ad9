#include "remindersdialog.h"

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
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the reminders"),
            tr("reminders-%1.csv").arg(m_day->date().toString(Qt::ISODate)),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            saveCsv(path);
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
    for (const clinic::Reminder &r : m_reminders) {
        const QDateTime start = clinic::toDateTime(r.row.start);
        rows.push_back(
            {{locale.toString(start.time(), QLocale::ShortFormat),
              r.row.givenNames + QLatin1Char(' ') + r.row.familyName, r.row.phone, r.row.email,
              clinic::languageName(r.language), r.row.practitioner, r.protocolName},
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

bool RemindersDialog::saveCsv(const QString &path)
{
    try {
        const QByteArray csv = m_services.reminders.exportCsv(m_user, m_day->date());
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

std::optional<QString> RemindersDialog::askPassword(const clinic::MailSettings &settings)
{
    if (settings.user.isEmpty())
        return QString();
    if (auto kept = clinic::Keyring::smtpPassword(settings.host, settings.user))
        return kept;
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
    QString error;
    if (remember->isChecked() &&
        !clinic::Keyring::storeSmtpPassword(settings.host, settings.user, password->text(), &error))
        m_message->setText(tr("The password could not be kept in the keyring: %1").arg(error));
    return password->text();
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
        m_message->setText(tr("No e-mail to send: no patient of the day has an e-mail address "
                              "and consent to reminders."));
        return false;
    }
    std::optional<QString> password = givenPassword;
    if (givenPassword.isEmpty())
        password = askPassword(batch.settings);
    if (!password)
        return false;

    // The network work runs in its own thread: the window keeps repainting, Cancel stops
    // between two e-mails. The database is touched on this thread only (before and after).
    const int total = static_cast<int>(batch.mails.size());
    QProgressDialog progress(tr("Sending the reminders…"), tr("Cancel"), 0, total, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    std::atomic<bool> cancelled = false;
    // Per e-mail: nullopt while not attempted, empty when the server accepted it, else why not.
    std::vector<std::optional<QString>> results(batch.mails.size());
    QThread *worker =
        QThread::create([&batch, &results, &cancelled, &progress, password = *password] {
            clinic::SmtpSession smtp(batch.settings, password);
            for (size_t i = 0; i < batch.mails.size() && !cancelled; ++i) {
                results[i] = smtp.send(batch.mails[i].second);
                QMetaObject::invokeMethod(&progress, "setValue", Qt::QueuedConnection,
                                          Q_ARG(int, static_cast<int>(i) + 1));
            }
        });
    connect(&progress, &QProgressDialog::canceled, this, [&cancelled] { cancelled = true; });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();

    std::vector<size_t> sent;
    QStringList failures;
    for (size_t i = 0; i < batch.mails.size(); ++i) {
        const clinic::Reminder &r = batch.mails[i].first;
        if (results[i] && results[i]->isEmpty())
            sent.push_back(i);
        else if (results[i])
            failures << tr("%1 %2 <%3>: %4")
                            .arg(r.row.givenNames, r.row.familyName, r.row.email, *results[i]);
    }
    try {
        m_services.reminders.recordEmailed(m_user, batch, sent);
    } catch (const std::exception &e) {
        failures << refusal(e);
    }
    QStringList report;
    report << tr("%n e-mail(s) sent.", nullptr, static_cast<int>(sent.size()));
    if (batch.withoutEmail > 0)
        report << tr("%n patient(s) without an e-mail address: use the CSV for SMS.", nullptr,
                     batch.withoutEmail);
    if (cancelled)
        report << tr("Cancelled: the others were not sent.");
    if (!failures.isEmpty())
        report << tr("Not sent: %1").arg(failures.join(QStringLiteral("; ")));
    m_message->setText(report.join(QLatin1Char(' ')));
    return !sent.empty();
}

} // namespace meso::ui
