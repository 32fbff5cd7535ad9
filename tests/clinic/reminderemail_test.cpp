// Reminder e-mails (issue 19) through a real SMTP server on this computer (python3-aiosmtpd,
// tests/support/smtp_server.py): STARTTLS required and the server's certificate checked, signing
// in, the message in the patient's language with the appointment as an .ics attachment, read back
// by Python's email package; no e-mail without consent or address; a wrong password, a server
// without STARTTLS and an untrusted certificate each refused with their reason and nothing sent
// or recorded; the mail server's settings checked.

#include "clinic/reminderservice.h"
#include "clinic/validationerror.h"
#include "clinicfixture.h"
#include "smtpserver.h"
#include "store/statement.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace meso;
using json = nlohmann::json;

namespace {

qint64 patient(test::ClinicFixture &f, const QString &family, const QString &email, bool consent,
               const QString &lang, qint64 *plan)
{
    records::PatientRecord p;
    p.familyName = family;
    p.givenNames = QStringLiteral("Élise");
    p.birthDate = QDate(1979, 3, 3);
    p.phone = QStringLiteral("+33 6 11 22 33 44");
    p.email = email;
    p.reminderConsentOn = consent ? QDate::currentDate() : QDate();
    p.language = lang;
    const qint64 id = f.services.patients.create(f.user, p);
    const qint64 consultation = test::signedConsultation(
        f.services, f.user, id, test::oneRequest("skin_rejuvenation", "face"));
    *plan = test::approvedPlan(f.services, f.user, consultation);
    return id;
}

qint64 book(test::ClinicFixture &f, qint64 patientId, qint64 plan, const QDateTime &start)
{
    return f.appointmentAt(patientId, plan, 0, start);
}

qint64 emailedRows(test::ClinicFixture &f)
{
    store::Statement s(f.db->store().connection(),
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                      "'reminder.email'"));
    s.exec();
    REQUIRE(s.next());
    return s.integer(0);
}

// Sends the batch in one session as the window and the CLI do: each one accepted recorded at
// once, the batch stopped by a refusal that would refuse them all. The errors, empty for each
// one accepted, one per e-mail attempted.
QStringList sendAll(test::ClinicFixture &f, const clinic::MailBatch &batch, const QString &password)
{
    clinic::SmtpSession smtp(batch.settings, password);
    QStringList errors;
    for (size_t i = 0; i < batch.mails.size(); ++i) {
        errors << smtp.send(batch.mails[i].second);
        if (errors.back().isEmpty())
            f.services.reminders.recordEmailed(f.user, batch, {i});
        else if (smtp.lastFailureStopsAll())
            break;
    }
    return errors;
}

} // namespace

TEST_CASE("Reminder e-mails reach the patient through the clinic's server, STARTTLS and signed in",
          "[clinic][reminder][smtp]")
{
    test::ClinicFixture f;
    const test::Certificate certificate(f.tmp.path(QStringLiteral(".")));
    REQUIRE(certificate.error.isEmpty());
    test::SmtpServer server(f.tmp.path(QStringLiteral("mail")), &certificate);
    REQUIRE(server.error.isEmpty());
    clinic::ClinicProfile profile = f.services.profile.profile(f.admin);
    profile.name = QStringLiteral("Smith, Jones & Co"); // a comma: quoted in From
    profile.phone = QStringLiteral("+33 1 23 45 67 89");
    f.services.profile.setProfile(f.admin, profile);
    clinic::MailSettings mail;
    mail.host = QStringLiteral("localhost");
    mail.port = server.port;
    mail.user = QStringLiteral("clinic");
    mail.from = QStringLiteral("contact@etoile.example");
    mail.caFile = certificate.cert;
    f.services.profile.setMailSettings(f.admin, mail);

    const QDate day = QDate::currentDate().addDays(3);
    qint64 plan = 0;
    const qint64 french =
        patient(f, QStringLiteral("Fournier"), QStringLiteral("elise@example.org"), true,
                QStringLiteral("fr"), &plan);
    const qint64 appointment = book(f, french, plan, QDateTime(day, QTime(10, 30)));
    // Two more, for three e-mails through one connection.
    int hour = 15; // one after the other: the server refuses overlapping appointments
    for (const char *name : {"Deux", "Trois"}) {
        const qint64 more =
            patient(f, QString::fromLatin1(name),
                    QString::fromLatin1(name).toLower() + QStringLiteral("@example.org"), true,
                    QStringLiteral("en"), &plan);
        book(f, more, plan, QDateTime(day, QTime(hour++, 0)));
    }
    const qint64 phoneOnly =
        patient(f, QStringLiteral("Sansmail"), QString(), true, QStringLiteral("fr"), &plan);
    book(f, phoneOnly, plan, QDateTime(day, QTime(11, 30)));
    const qint64 refused = patient(f, QStringLiteral("Refus"), QStringLiteral("refus@example.org"),
                                   false, QStringLiteral("fr"), &plan);
    book(f, refused, plan, QDateTime(day, QTime(12, 30)));

    const clinic::MailBatch batch = f.services.reminders.prepareEmails(f.user, day);
    CHECK(batch.withoutEmail == 1);
    CHECK(batch.withoutConsent == 1);
    REQUIRE(batch.mails.size() == 3);
    CHECK(emailedRows(f) == 0); // nothing has left yet

    SECTION("sent, read back, recorded")
    {
        CHECK(sendAll(f, batch, QStringLiteral("secret")) == QStringList(3, QString()));
        const auto received = server.messages();
        REQUIRE(received.size() == 3);
        const json &m = received[0];
        CHECK(m["rcpt_tos"] == json::array({"elise@example.org"}));
        CHECK(m["mail_from"] == "contact@etoile.example");
        CHECK(m["from"] == "\"Smith, Jones & Co\" <contact@etoile.example>");
        const std::string subject = m["subject"];
        CHECK(subject.rfind("Rappel : votre rendez-vous du ", 0) == 0);
        const std::string body = m["body"];
        CHECK(body.rfind("Bonjour Élise, Smith, Jones & Co vous rappelle", 0) == 0);
        CHECK(body.find("Avant votre séance :") != std::string::npos);
        CHECK(body.find("+33 1 23 45 67 89") != std::string::npos);
        REQUIRE(m["attachments"].size() == 1);
        const json &ics = m["attachments"][0];
        CHECK(ics["filename"] == "appointment.ics");
        CHECK(ics["content_type"] == "text/calendar");
        const std::string calendar = ics["content"];
        CHECK(calendar.find("BEGIN:VEVENT") != std::string::npos);
        CHECK(calendar.find("UID:appointment-" + std::to_string(appointment) + "@") !=
              std::string::npos);
        CHECK(calendar.find("DTSTART:" + day.toString(QStringLiteral("yyyyMMdd")).toStdString() +
                            "T103000") != std::string::npos);
        CHECK(emailedRows(f) == 3);
        // Sending the day again reaches nobody twice.
        const clinic::MailBatch again = f.services.reminders.prepareEmails(f.user, day);
        CHECK(again.mails.empty());
        CHECK(again.alreadySent == 3);
    }
    SECTION("a wrong password: refused, nothing received or recorded")
    {
        const QStringList errors = sendAll(f, batch, QStringLiteral("guess"));
        REQUIRE(errors.size() == 1); // stopped at the first: not one refused sign-in per patient
        CHECK(errors[0].startsWith(
            QStringLiteral("the mail server refused the user name or password")));
        CHECK(server.messages().empty());
        CHECK(emailedRows(f) == 0);
    }
    SECTION("a certificate the workstation does not trust: refused")
    {
        clinic::MailBatch untrusted = batch;
        untrusted.settings.caFile.clear();
        const QStringList errors = sendAll(f, untrusted, QStringLiteral("secret"));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].startsWith(
            QStringLiteral("the mail server's certificate cannot be trusted")));
        CHECK(server.messages().empty());
    }
}

TEST_CASE("A server without STARTTLS gets no reminder, and the mail settings are checked",
          "[clinic][reminder][smtp]")
{
    test::ClinicFixture f;
    test::SmtpServer plain(f.tmp.path(QStringLiteral("plain")), nullptr);
    REQUIRE(plain.error.isEmpty());
    clinic::MailSettings mail;
    mail.host = QStringLiteral("127.0.0.1");
    mail.port = plain.port;
    mail.from = QStringLiteral("contact@clinic.example");
    f.services.profile.setMailSettings(f.admin, mail);
    qint64 plan = 0;
    const QDate day = QDate::currentDate().addDays(2);
    const qint64 martin = patient(f, QStringLiteral("Martin"), QStringLiteral("m@example.org"),
                                  true, QStringLiteral("en"), &plan);
    book(f, martin, plan, QDateTime(day, QTime(9, 0)));
    const clinic::MailBatch batch = f.services.reminders.prepareEmails(f.user, day);
    REQUIRE(batch.mails.size() == 1);
    const QStringList errors = sendAll(f, batch, QString());
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].startsWith(QStringLiteral("the mail server does not offer STARTTLS")));
    CHECK(plain.messages().empty());
    CHECK(emailedRows(f) == 0);

    // Without encryption, only a server on this computer: here it is, and the e-mail goes.
    mail.security = QStringLiteral("none");
    f.services.profile.setMailSettings(f.admin, mail);
    const clinic::MailBatch local = f.services.reminders.prepareEmails(f.user, day);
    CHECK(sendAll(f, local, QString()) == QStringList{QString()});
    REQUIRE(plain.messages().size() == 1);
    CHECK(plain.messages()[0]["subject"].get<std::string>().rfind("Reminder: your appointment on ",
                                                                  0) == 0);

    mail.host = QStringLiteral("smtp.example.org");
    CHECK_THROWS_WITH(f.services.profile.setMailSettings(f.admin, mail),
                      Catch::StartsWith("mail.security: expected starttls or tls"));
    mail.host = QStringLiteral("127.mail.example.org"); // not this computer, whatever it reads
    mail.security = QStringLiteral("none");
    CHECK_THROWS_WITH(f.services.profile.setMailSettings(f.admin, mail),
                      Catch::StartsWith("mail.security: expected starttls or tls"));
    mail.host = QStringLiteral("smtp.example.org");
    mail.security = QStringLiteral("ssl3");
    CHECK_THROWS_WITH(f.services.profile.setMailSettings(f.admin, mail),
                      Catch::StartsWith("mail.security: expected starttls, tls or none"));
    mail.security = QStringLiteral("starttls");
    mail.port = 0;
    CHECK_THROWS_WITH(f.services.profile.setMailSettings(f.admin, mail),
                      Catch::StartsWith("mail.port"));
    mail.port = 587;
    mail.from = QStringLiteral("contact");
    CHECK_THROWS_WITH(f.services.profile.setMailSettings(f.admin, mail),
                      Catch::StartsWith("mail.from"));
    mail.from = QStringLiteral("contact@clinic.example");
    mail.host = QStringLiteral("smtp example");
    CHECK_THROWS_WITH(f.services.profile.setMailSettings(f.admin, mail),
                      Catch::StartsWith("mail.host"));
    CHECK(f.services.profile.mailSettings(f.admin).host == QLatin1String("127.0.0.1")); // kept
    CHECK_THROWS_AS(f.services.profile.setMailSettings(f.user, mail), clinic::PermissionError);

    // No server set: a clear refusal before anything is prepared.
    mail.host.clear();
    f.services.profile.setMailSettings(f.admin, mail);
    CHECK_THROWS_WITH(f.services.reminders.prepareEmails(f.user, day),
                      Catch::StartsWith("mail.host: no mail server is set"));
}
