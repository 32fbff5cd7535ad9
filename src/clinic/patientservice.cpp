#include "patientservice.h"

#include "audit.h"
#include "clinicprofile.h"
#include "language.h"
#include "permissions.h"

#include "validationerror.h"

#include "store/changefeed.h"
#include "store/database.h"
#include "store/patientrepository.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace meso::clinic {

namespace {

// A message for the user, marked with QT_TRANSLATE_NOOP in this context for lupdate.
QString translated(const char *text)
{
    return QCoreApplication::translate("meso::clinic::PatientService", text);
}

QString changedMeanwhile()
{
    return translated(QT_TRANSLATE_NOOP(
        "meso::clinic::PatientService",
        "someone else changed this patient meanwhile; reopen it to see their change"));
}

} // namespace

records::PatientRecord PatientService::validated(records::PatientRecord p, const QDate &today,
                                                 const PhoneNumbers &phones)
{
    if (p.familyName.trimmed().isEmpty())
        throw ValidationError(
            QStringLiteral("patient.family_name"),
            translated(QT_TRANSLATE_NOOP("meso::clinic::PatientService", "required")));
    if (p.givenNames.trimmed().isEmpty())
        throw ValidationError(
            QStringLiteral("patient.given_names"),
            translated(QT_TRANSLATE_NOOP("meso::clinic::PatientService", "required")));
    // Names are shown, printed and exported everywhere: no control characters (an escape
    // sequence would repaint a terminal), and a length a form and a letter can hold.
    const auto checkName = [](const QString &field, const QString &name) {
        if (name.size() > 200)
            throw ValidationError(field,
                                  translated(QT_TRANSLATE_NOOP("meso::clinic::PatientService",
                                                               "expected at most 200 characters")));
        if (std::any_of(name.begin(), name.end(),
                        [](QChar c) { return c.category() == QChar::Other_Control; }))
            throw ValidationError(
                field, translated(QT_TRANSLATE_NOOP(
                           "meso::clinic::PatientService",
                           "expected no control characters (tabs, line breaks, escapes)")));
    };
    checkName(QStringLiteral("patient.family_name"), p.familyName);
    checkName(QStringLiteral("patient.given_names"), p.givenNames);
    // The address is printed on invoices: lines of text, tidied (no blank lines, no spaces at
    // either end), no other control characters.
    QStringList lines;
    for (const QString &line : p.address.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines << line.simplified();
    }
    p.address = lines.join(QLatin1Char('\n'));
    if (p.address.size() > 500 || lines.size() > 6)
        throw ValidationError(
            QStringLiteral("patient.address"),
            translated(QT_TRANSLATE_NOOP("meso::clinic::PatientService",
                                         "expected at most 6 lines and 500 characters")));
    if (std::any_of(p.address.begin(), p.address.end(), [](QChar c) {
            return c != QLatin1Char('\n') && c.category() == QChar::Other_Control;
        }))
        throw ValidationError(QStringLiteral("patient.address"),
                              translated(QT_TRANSLATE_NOOP(
                                  "meso::clinic::PatientService",
                                  "expected lines of text without control characters (escapes)")));
    if (p.notes.size() > 10000)
        throw ValidationError(QStringLiteral("patient.notes"),
                              translated(QT_TRANSLATE_NOOP("meso::clinic::PatientService",
                                                           "expected at most 10,000 characters")));
    if (!p.birthDate.isValid())
        throw ValidationError(QStringLiteral("patient.birth_date"),
                              translated(QT_TRANSLATE_NOOP("meso::clinic::PatientService",
                                                           "expected a date YYYY-MM-DD")));
    if (p.birthDate > today)
        throw ValidationError(QStringLiteral("patient.birth_date"),
                              translated(QT_TRANSLATE_NOOP("meso::clinic::PatientService",
                                                           "expected a date in the past")));
    if (p.birthDate < today.addYears(-130))
        throw ValidationError(
            QStringLiteral("patient.birth_date"),
            translated(QT_TRANSLATE_NOOP("meso::clinic::PatientService",
                                         "expected a date within the last 130 years")));
    if (!p.sex.isEmpty() && p.sex != QLatin1String("female") && p.sex != QLatin1String("male") &&
        p.sex != QLatin1String("other"))
        throw ValidationError(QStringLiteral("patient.sex"),
                              translated(QT_TRANSLATE_NOOP("meso::clinic::PatientService",
                                                           "expected female, male or other")));
    p.phone = phones.checked(p.phone, QStringLiteral("patient.phone"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!p.email.isEmpty() && !email.match(p.email).hasMatch())
        throw ValidationError(
            QStringLiteral("patient.email"),
            translated(QT_TRANSLATE_NOOP("meso::clinic::PatientService",
                                         "expected an address such as name@example.org")));
    if (p.reminderConsentOn.isValid()) {
        if (p.reminderConsentOn > today)
            throw ValidationError(QStringLiteral("patient.reminder_consent"),
                                  translated(QT_TRANSLATE_NOOP("meso::clinic::PatientService",
                                                               "expected a date up to today")));
        if (p.phone.isEmpty() && p.email.isEmpty())
            throw ValidationError(
                QStringLiteral("patient.reminder_consent"),
                translated(QT_TRANSLATE_NOOP(
                    "meso::clinic::PatientService",
                    "expected a phone number or an e-mail address to send reminders to")));
    }
    if (!p.language.isEmpty() && !availableLanguages().contains(p.language))
        throw ValidationError(
            QStringLiteral("patient.language"),
            translated(QT_TRANSLATE_NOOP("meso::clinic::PatientService", "expected one of %1"))
                .arg(availableLanguages().join(QStringLiteral(", "))));
    return p;
}

qint64 PatientService::create(const ActingUser &user, const records::PatientRecord &typed)
{
    Permissions::require(user, Action::PatientWrite);
    const records::PatientRecord patient = validated(typed, QDate::currentDate(), phoneNumbers());
    store::WriteTransaction tx(m_db);
    const qint64 id =
        store::PatientRepository(m_db).insert(patient, user.id, QDateTime::currentDateTimeUtc());
    audit(m_db, user, QStringLiteral("patient.create"), id, QStringLiteral("patient:%1").arg(id));
    store::announceChange(m_db, store::topic::patients);
    tx.commit();
    return id;
}

void PatientService::update(const ActingUser &user, const records::PatientRecord &typed)
{
    Permissions::require(user, Action::PatientWrite);
    const records::PatientRecord patient = validated(typed, QDate::currentDate(), phoneNumbers());
    store::WriteTransaction tx(m_db);
    store::PatientRepository repo(m_db);
    if (repo.isAnonymised(patient.id))
        throw ConflictError(QStringLiteral("patient"),
                            translated(QT_TRANSLATE_NOOP("meso::clinic::PatientService",
                                                         "the patient was anonymised")));
    if (!repo.update(patient, QDateTime::currentDateTimeUtc()))
        throw ConflictError(QStringLiteral("patient"), changedMeanwhile());
    audit(m_db, user, QStringLiteral("patient.update"), patient.id,
          QStringLiteral("patient:%1").arg(patient.id));
    store::announceChange(m_db, store::topic::patients);
    tx.commit();
}

void PatientService::setArchived(const ActingUser &user, qint64 id, int rowVersion, bool archived)
{
    Permissions::require(user, Action::PatientWrite);
    store::WriteTransaction tx(m_db);
    if (!store::PatientRepository(m_db).setArchived(id, rowVersion, archived,
                                                    QDateTime::currentDateTimeUtc()))
        throw ConflictError(QStringLiteral("patient"), changedMeanwhile());
    audit(m_db, user,
          archived ? QStringLiteral("patient.archive") : QStringLiteral("patient.restore"), id,
          QStringLiteral("patient:%1").arg(id));
    store::announceChange(m_db, store::topic::patients);
    tx.commit();
}

std::optional<records::PatientRecord> PatientService::find(const ActingUser &user, qint64 id) const
{
    Permissions::require(user, Action::PatientRead);
    return store::PatientRepository(m_db).find(id);
}

records::PatientCursor PatientService::cursorAfter(const records::PatientRecord &last)
{
    return store::PatientRepository::cursorOf(last);
}

std::vector<records::PatientRecord>
PatientService::search(const ActingUser &user, const QString &text, int limit,
                       const std::optional<records::PatientCursor> &after,
                       bool includeArchived) const
{
    Permissions::require(user, Action::PatientRead);
    return store::PatientRepository(m_db).search(searchText(text), limit, includeArchived, after);
}

qint64 PatientService::countMatching(const ActingUser &user, const QString &text,
                                     bool includeArchived, qint64 atMost) const
{
    Permissions::require(user, Action::PatientRead);
    return store::PatientRepository(m_db).countMatching(searchText(text), includeArchived, atMost);
}

int PatientService::writeStoredPhonesInE164(const ActingUser &system)
{
    // The application's own job: only as its built-in system user, never on anyone's request.
    if (system.id != ActingUser::system(m_db).id)
        throw PermissionError(translated(
            QT_TRANSLATE_NOOP("meso::clinic::PatientService",
                              "only MesoPlan itself writes the stored phone numbers in E.164")));
    static const QString key = QStringLiteral("patients.phones_e164");
    // Numbers typed without their country code read by the clinic's country as set in Settings,
    // never by a guess (this computer's locale could be another country's: a Belgian clinic's
    // 0475... is a valid French number too): without it, nothing is done yet. Done again when
    // the country changes (only numbers still as typed are read).
    const QString country =
        store::SettingsRepository(m_db).value(ClinicProfileService::countryKey());
    if (country.isEmpty() || store::SettingsRepository(m_db).value(key) == country)
        return 0; // most starts: one setting read
    const PhoneNumbers phones(country);
    const auto stored = store::PatientRepository(m_db).phones();
    // A few hundred patients per transaction: a large clinic's server is not held for minutes.
    constexpr size_t kBatch = 500;
    int written = 0;
    for (size_t from = 0; from <= stored.size(); from += kBatch) {
        store::WriteTransaction tx(m_db);
        store::PatientRepository repo(m_db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (size_t i = from; i < std::min(stored.size(), from + kBatch); ++i) {
            const auto &[id, number] = stored[i];
            const auto e164 = phones.e164(number);
            if (!e164 || *e164 == number)
                continue;
            auto patient = repo.find(id);
            if (!patient || patient->phone != number)
                continue; // changed meanwhile: written by its editor, through validation
            patient->phone = *e164;
            if (!repo.update(*patient, now))
                continue;
            audit(m_db, system, QStringLiteral("patient.update"), id,
                  QStringLiteral("patient:%1").arg(id));
            ++written;
        }
        if (from + kBatch > stored.size())
            store::SettingsRepository(m_db).setValue(key, country);
        if (written > 0)
            store::announceChange(m_db, store::topic::patients);
        tx.commit();
    }
    return written;
}

QString PatientService::searchText(const QString &text) const
{
    // A phone number, as the whole text ("06 12 34 56 78") or among names ("dupont 06 12 34",
    // "lefevre +33612"): the digits stored numbers are found by, whatever form either was
    // written in. The words of a number (digits and + ( ) . -, not a birth date) are read
    // together; a run that is not a number stays as typed.
    static const QRegularExpression numberWord(QStringLiteral("^\\+?[0-9().-]+$"));
    const PhoneNumbers phones = phoneNumbers();
    QStringList out, run;
    const auto endRun = [&] {
        if (run.isEmpty())
            return;
        const QString digits = phones.searchDigits(run.join(QLatin1Char(' ')));
        out << (digits.isEmpty() ? run : QStringList{digits});
        run.clear();
    };
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (numberWord.match(word).hasMatch() && !PhoneNumbers::isDatePrefix(word)) {
            run << word;
            continue;
        }
        endRun();
        out << word;
    }
    endRun();
    return out.join(QLatin1Char(' '));
}

PhoneNumbers PatientService::phoneNumbers() const
{
    return clinicPhoneNumbers(m_db);
}

qint64 PatientService::count(const ActingUser &user) const
{
    Permissions::require(user, Action::PatientRead);
    return store::PatientRepository(m_db).count();
}

} // namespace meso::clinic
