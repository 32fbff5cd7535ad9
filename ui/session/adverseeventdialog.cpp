#include "adverseeventdialog.h"

#include "catalogtext.h"
#include "refusal.h"
#include "tones.h"

#include "clinic/adverseeventservice.h"
#include "clinic/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace meso::ui {

AdverseEventDialog::AdverseEventDialog(clinic::Services &services, clinic::ActingUser user,
                                       records::AdverseEventRecord event, QWidget *parent)
    : QDialog(parent), m_services(services), m_user(std::move(user)), m_event(std::move(event)),
      m_type(new QComboBox(this)), m_severity(new QComboBox(this)), m_outcome(new QComboBox(this)),
      m_serious(
          new QCheckBox(tr("Serious (hospitalisation, lasting harm, life-threatening)"), this)),
      m_pending(new QCheckBox(tr("Not notified yet: to be done"), this)),
      m_onset(new QDateEdit(this)), m_resolved(new QDateEdit(this)),
      m_notified(new QDateEdit(this)), m_description(new QPlainTextEdit(this)),
      m_action(new QPlainTextEdit(this)), m_reference(new QLineEdit(this)),
      m_notification(new QGroupBox(this)), m_message(new QLabel(this))
{
    setWindowTitle(m_event.id ? tr("Adverse event: follow-up") : tr("Adverse event"));
    resize(600, 620);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const std::string lang = ss(QLocale().name().left(2));
    for (const core::Risk &r : services.catalog.current(m_user)->risks)
        m_type->addItem(qs(r.text.in(lang)), qs(r.id));
    m_type->setCurrentIndex(std::max(0, m_type->findData(m_event.risk)));
    form->addRow(tr("&Type:"), m_type);
    for (QDateEdit *d : {m_onset, m_resolved, m_notified}) {
        d->setCalendarPopup(true);
        d->setMaximumDate(QDate::currentDate());
        d->setDate(QDate::currentDate());
    }
    if (m_event.onset.isValid())
        m_onset->setDate(m_event.onset);
    form->addRow(tr("&Onset:"), m_onset);
    for (const QString &s : clinic::AdverseEventService::severities())
        m_severity->addItem(clinic::AdverseEventService::severityName(s), s);
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(m_event.severity)));
    form->addRow(tr("&Severity:"), m_severity);
    m_serious->setChecked(m_event.serious);
    form->addRow(QString(), m_serious);
    m_description->setPlainText(m_event.description);
    m_description->setTabChangesFocus(true);
    form->addRow(tr("&Description:"), m_description);
    m_action->setPlainText(m_event.actionTaken);
    m_action->setTabChangesFocus(true);
    form->addRow(tr("&Action taken:"), m_action);
    for (const QString &o : clinic::AdverseEventService::outcomes())
        m_outcome->addItem(clinic::AdverseEventService::outcomeName(o), o);
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(m_event.outcome)));
    form->addRow(tr("&Outcome:"), m_outcome);
    if (m_event.resolvedOn.isValid())
        m_resolved->setDate(m_event.resolvedOn);
    form->addRow(tr("&Resolved on:"), m_resolved);
    layout->addLayout(form);

    auto *notification = static_cast<QGroupBox *>(m_notification);
    notification->setTitle(tr("Notified to the manufacturer and the authorities"));
    auto *notificationForm = new QFormLayout(notification);
    if (m_event.notifiedOn.isValid())
        m_notified->setDate(m_event.notifiedOn);
    notificationForm->addRow(tr("&Notified on:"), m_notified);
    m_reference->setText(m_event.notificationRef);
    notificationForm->addRow(tr("&Reference:"), m_reference);
    m_pending->setChecked(m_event.notificationPending);
    notificationForm->addRow(QString(), m_pending);
    layout->addWidget(notification);

    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    setTone(m_message, Tone::Danger);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &AdverseEventDialog::updateFields);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AdverseEventDialog::updateFields);
    connect(m_serious, &QCheckBox::toggled, this, &AdverseEventDialog::updateFields);
    connect(m_pending, &QCheckBox::toggled, this, &AdverseEventDialog::updateFields);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

void AdverseEventDialog::updateFields()
{
    m_resolved->setEnabled(m_outcome->currentData().toString() != QLatin1String("ongoing"));
    const bool notify =
        m_serious->isChecked() || m_severity->currentData().toString() == QLatin1String("severe");
    m_notification->setVisible(notify);
    m_notified->setEnabled(!m_pending->isChecked());
    m_reference->setEnabled(!m_pending->isChecked());
}

void AdverseEventDialog::setType(const QString &risk)
{
    m_type->setCurrentIndex(m_type->findData(risk));
}

void AdverseEventDialog::setSeverity(const QString &severity)
{
    m_severity->setCurrentIndex(m_severity->findData(severity));
}

void AdverseEventDialog::setSerious(bool serious)
{
    m_serious->setChecked(serious);
}

void AdverseEventDialog::setOutcome(const QString &outcome, const QDate &resolvedOn)
{
    m_outcome->setCurrentIndex(m_outcome->findData(outcome));
    if (resolvedOn.isValid())
        m_resolved->setDate(resolvedOn);
}

void AdverseEventDialog::setNotification(const QDate &notifiedOn, const QString &reference)
{
    m_pending->setChecked(false);
    m_notified->setDate(notifiedOn);
    m_reference->setText(reference);
}

void AdverseEventDialog::setNotificationPending(bool pending)
{
    m_pending->setChecked(pending);
}

void AdverseEventDialog::setAction(const QString &text)
{
    m_action->setPlainText(text);
}

bool AdverseEventDialog::notificationShown() const
{
    return !m_notification->isHidden();
}

bool AdverseEventDialog::save()
{
    records::AdverseEventRecord e = m_event;
    e.risk = m_type->currentData().toString();
    e.onset = m_onset->date();
    e.severity = m_severity->currentData().toString();
    e.serious = m_serious->isChecked();
    e.description = m_description->toPlainText().trimmed();
    e.actionTaken = m_action->toPlainText().trimmed();
    e.outcome = m_outcome->currentData().toString();
    e.resolvedOn = m_resolved->isEnabled() ? m_resolved->date() : QDate();
    const bool notify = notificationShown();
    e.notificationPending = notify && m_pending->isChecked();
    e.notifiedOn = notify && !e.notificationPending ? m_notified->date() : QDate();
    e.notificationRef =
        notify && !e.notificationPending ? m_reference->text().trimmed() : QString();
    try {
        m_event = e.id ? m_services.adverseEvents.update(m_user, e)
                       : m_services.adverseEvents.add(m_user, e);
    } catch (const std::exception &ex) {
        m_message->setText(tr("Not saved: %1").arg(refusal(ex)));
        return false;
    }
    return true;
}

QString AdverseEventDialog::message() const
{
    return m_message->text();
}

} // namespace meso::ui
