#include "patientdialog.h"

#include "ui_patientdialog.h"

#include "clinic/language.h"
#include "clinic/patientservice.h"
#include "clinic/validationerror.h"
#include "records/patientrecord.h"
#include "records/storeerror.h"

#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace meso::ui {

namespace {

// The earliest date the birth date field shows; choosing it means "not entered yet".
const QDate kNoDate(1890, 1, 1);

} // namespace

PatientDialog::PatientDialog(clinic::PatientService &patients, clinic::ActingUser user,
                             const std::optional<records::PatientRecord> &patient, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PatientDialog>()), m_patients(patients),
      m_user(std::move(user)), m_record(patient.value_or(records::PatientRecord{}))
{
    m_ui->setupUi(this);
    setWindowTitle(patient ? tr("Edit patient") : tr("New patient"));
    m_ui->sex->addItem(tr("Not recorded"), QString());
    m_ui->sex->addItem(tr("Female"), QStringLiteral("female"));
    m_ui->sex->addItem(tr("Male"), QStringLiteral("male"));
    m_ui->sex->addItem(tr("Other"), QStringLiteral("other"));
    m_ui->birthDate->setMinimumDate(kNoDate);
    m_ui->birthDate->setMaximumDate(QDate::currentDate());
    m_ui->birthDate->setSpecialValueText(tr("Not entered"));

    m_ui->familyName->setText(m_record.familyName);
    m_ui->givenNames->setText(m_record.givenNames);
    m_ui->birthDate->setDate(m_record.birthDate.isValid() ? m_record.birthDate : kNoDate);
    m_ui->sex->setCurrentIndex(std::max(0, m_ui->sex->findData(m_record.sex)));
    const clinic::PhoneNumbers phones = m_patients.phoneNumbers();
    m_ui->phone->setText(phones.display(m_record.phone)); // as people read it
    m_ui->phone->setPlaceholderText(phones.example());
    m_ui->email->setText(m_record.email);
    m_ui->address->setPlainText(m_record.address);
    m_ui->reminderConsent->setChecked(m_record.reminderConsentOn.isValid());
    if (m_record.reminderConsentOn.isValid())
        m_ui->reminderConsent->setToolTip(
            tr("Agreed on %1")
                .arg(QLocale().toString(m_record.reminderConsentOn, QLocale::ShortFormat)));
    m_ui->language->addItem(tr("Not chosen"), QString());
    for (const QString &language : clinic::availableLanguages())
        m_ui->language->addItem(clinic::languageName(language), language);
    // A new patient most likely reads the language the clinic works in.
    const QString language = m_record.id == 0 ? clinic::installedLanguage() : m_record.language;
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(language)));
    m_ui->notes->setPlainText(m_record.notes);

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PatientDialog::save);
    m_ui->buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PatientDialog::~PatientDialog() = default;

QString PatientDialog::problem() const
{
    return m_ui->problem->text();
}

records::PatientRecord PatientDialog::fromForm() const
{
    records::PatientRecord p = m_record;
    p.familyName = m_ui->familyName->text().trimmed();
    p.givenNames = m_ui->givenNames->text().trimmed();
    p.birthDate = m_ui->birthDate->date() == kNoDate ? QDate() : m_ui->birthDate->date();
    p.sex = m_ui->sex->currentData().toString();
    p.phone = m_ui->phone->text().trimmed();
    p.email = m_ui->email->text().trimmed();
    p.address = m_ui->address->toPlainText();
    // The day consent was given: kept while it stays ticked, today when ticked now.
    if (!m_ui->reminderConsent->isChecked())
        p.reminderConsentOn = QDate();
    else if (!p.reminderConsentOn.isValid())
        p.reminderConsentOn = QDate::currentDate();
    p.language = m_ui->language->currentData().toString();
    p.notes = m_ui->notes->toPlainText();
    return p;
}

PatientDialog::Field PatientDialog::field(const QString &name) const
{
    const std::pair<const char *, Field> fields[] = {
        {"patient.family_name", {m_ui->familyName, m_ui->familyNameLabel}},
        {"patient.given_names", {m_ui->givenNames, m_ui->givenNamesLabel}},
        {"patient.birth_date", {m_ui->birthDate, m_ui->birthDateLabel}},
        {"patient.sex", {m_ui->sex, m_ui->sexLabel}},
        {"patient.phone", {m_ui->phone, m_ui->phoneLabel}},
        {"patient.email", {m_ui->email, m_ui->emailLabel}},
        {"patient.address", {m_ui->address, m_ui->addressLabel}},
        {"patient.reminder_consent", {m_ui->reminderConsent, m_ui->reminderConsentLabel}},
        {"patient.language", {m_ui->language, m_ui->languageLabel}}};
    for (const auto &[id, f] : fields) {
        if (name == QLatin1String(id))
            return f;
    }
    return {};
}

void PatientDialog::save()
{
    records::PatientRecord p = fromForm();
    try {
        if (p.id == 0) {
            p.id = m_patients.create(m_user, p);
        } else {
            m_patients.update(m_user, p);
        }
    } catch (const clinic::ConflictError &e) {
        m_ui->problem->setText(e.message());
        return;
    } catch (const clinic::ValidationError &e) {
        const Field f = field(e.field());
        // The field as its label names it ("Family name:"), then what is wrong.
        QString name = f.label ? f.label->text().remove(QLatin1Char('&')) : e.field();
        if (!name.endsWith(QLatin1Char(':')))
            name += QLatin1Char(':');
        m_ui->problem->setText(tr("%1 %2").arg(name, e.message()));
        if (f.editor)
            f.editor->setFocus();
        return;
    } catch (const clinic::PermissionError &e) {
        m_ui->problem->setText(QString::fromUtf8(e.what()));
        return;
    } catch (
        const records::StoreError &e) { // a full or read-only disk: the form keeps what was typed
        m_ui->problem->setText(e.message());
        return;
    }
    m_record = p;
    accept();
}

} // namespace meso::ui
