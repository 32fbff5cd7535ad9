<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PlanDocument</name>
    <message numerus="yes">
        <source>%n session(s), every %1 days, %2 minutes each; maintenance every %3 days</source>
        <translation>
            <numerusform>%n session, every %1 days, %2 minutes each; maintenance every %3 days</numerusform>
            <numerusform>%n sessions, every %1 days, %2 minutes each; maintenance every %3 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Treatment: %1. Protocol: %2, %n session(s) every %3 days.</source>
        <translation>
            <numerusform>Treatment: %1. Protocol: %2, %n session every %3 days.</numerusform>
            <numerusform>Treatment: %1. Protocol: %2, %n sessions every %3 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next session: in %n day(s).</source>
        <translation>
            <numerusform>Next session: in %n day.</numerusform>
            <numerusform>Next session: in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Price: %1 for %n session(s), as quoted when approved</source>
        <translation>
            <numerusform>Price: %1 for %n session, as quoted when approved</numerusform>
            <numerusform>Price: %1 for %n sessions, as quoted when approved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::clinic::BillingService</name>
    <message numerus="yes">
        <source>%n session(s) of the course are already billed one by one</source>
        <translation>
            <numerusform>%n session of the course is already billed on its own</numerusform>
            <numerusform>%n sessions of the course are already billed one by one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::clinic::UserService</name>
    <message numerus="yes">
        <source>Too many failed attempts: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts: try again in %n second.</numerusform>
            <numerusform>Too many failed attempts: try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::AuditPage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n row(s), each chained to the one before.</source>
        <translation>
            <numerusform>The audit trail is intact: %n row, chained to the start of the chain.</numerusform>
            <numerusform>The audit trail is intact: %n rows, each chained to the one before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail was changed outside MesoPlan (%n problem(s)):</source>
        <translation>
            <numerusform>The audit trail was changed outside MesoPlan (%n problem):</numerusform>
            <numerusform>The audit trail was changed outside MesoPlan (%n problems):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::BillingPage</name>
    <message numerus="yes">
        <source>%n price(s) saved.</source>
        <translation>
            <numerusform>%n price saved.</numerusform>
            <numerusform>%n prices saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::BookSeriesDialog</name>
    <message numerus="yes">
        <source>%n session(s) proposed</source>
        <translation>
            <numerusform>%n session proposed</numerusform>
            <numerusform>%n sessions proposed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from the ideal dates in all. Book them to confirm.</source>
        <translation>
            <numerusform>%n day from the ideal dates in all. Book them to confirm.</numerusform>
            <numerusform>%n days from the ideal dates in all. Book them to confirm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::CalendarPage</name>
    <message numerus="yes">
        <source>This patient missed %n appointment(s) without notice.</source>
        <translation>
            <numerusform>This patient missed %n appointment without notice.</numerusform>
            <numerusform>This patient missed %n appointments without notice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n no-show(s))</source>
        <translation>
            <numerusform>%1 (%n no-show)</numerusform>
            <numerusform>%1 (%n no-shows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::HelpWindow</name>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::HistoryView</name>
    <message numerus="yes">
        <source>%1, %n session(s) every %2 days</source>
        <translation>
            <numerusform>%1, %n session every %2 days</numerusform>
            <numerusform>%1, %n sessions every %2 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s)</source>
        <translation>
            <numerusform>%n deviation</numerusform>
            <numerusform>%n deviations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n override</numerusform>
            <numerusform>%n overrides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::ImportPatientsDialog</name>
    <message numerus="yes">
        <source>%n line(s) read (%1, separated by &quot;%2&quot;): </source>
        <translation>
            <numerusform>%n line read (%1, separated by &quot;%2&quot;): </numerusform>
            <numerusform>%n lines read (%1, separated by &quot;%2&quot;): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) to import</source>
        <translation>
            <numerusform>%n patient to import</numerusform>
            <numerusform>%n patients to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with problems</source>
        <translation>
            <numerusform>%n line with problems</numerusform>
            <numerusform>%n lines with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s), left out</source>
        <translation>
            <numerusform>%n duplicate, left out</numerusform>
            <numerusform>%n duplicates, left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::NewInvoiceDialog</name>
    <message numerus="yes">
        <source>%1, %n session(s)</source>
        <translation>
            <numerusform>%1, %n session</numerusform>
            <numerusform>%1, %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::PatientsPage</name>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported.</source>
        <translation>
            <numerusform>%n patient imported.</numerusform>
            <numerusform>%n patients imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::ProgressView</name>
    <message numerus="yes">
        <source>, %n not performed</source>
        <translation>
            <numerusform>, %n not performed</numerusform>
            <numerusform>, %n not performed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::RecallsPage</name>
    <message numerus="yes">
        <source>%n recall(s), %1 overdue.</source>
        <translation>
            <numerusform>%n recall, %1 overdue.</numerusform>
            <numerusform>%n recalls, %1 overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::RemindersDialog</name>
    <message numerus="yes">
        <source>%n reminder(s) to send</source>
        <translation>
            <numerusform>%n reminder to send</numerusform>
            <numerusform>%n reminders to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n appointment(s) left out: no consent to reminders)</source>
        <translation>
            <numerusform>(%n appointment left out: no consent to reminders)</numerusform>
            <numerusform>(%n appointments left out: no consent to reminders)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail sent.</numerusform>
            <numerusform>%n e-mails sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) without an e-mail address: use the CSV for SMS.</source>
        <translation>
            <numerusform>%n patient without an e-mail address: use the CSV for SMS.</numerusform>
            <numerusform>%n patients without an e-mail address: use the CSV for SMS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent before, not again.</source>
        <translation>
            <numerusform>%n sent before, not again.</numerusform>
            <numerusform>%n sent before, not again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted.</source>
        <translation>
            <numerusform>%n not attempted.</numerusform>
            <numerusform>%n not attempted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::ReportsPage</name>
    <message numerus="yes">
        <source>%n appointment(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n appointment from %1 to %2.</numerusform>
            <numerusform>%n appointments from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::SettingsPage</name>
    <message numerus="yes">
        <source>%n practitioner(s)</source>
        <translation>
            <numerusform>%n practitioner</numerusform>
            <numerusform>%n practitioners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closure(s)</source>
        <translation>
            <numerusform>%n closure</numerusform>
            <numerusform>%n closures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n area</numerusform>
            <numerusform>%n areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indication(s)</source>
        <translation>
            <numerusform>%n indication</numerusform>
            <numerusform>%n indications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medical condition(s)</source>
        <translation>
            <numerusform>%n medical condition</numerusform>
            <numerusform>%n medical conditions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site condition(s)</source>
        <translation>
            <numerusform>%n site condition</numerusform>
            <numerusform>%n site conditions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n treatment(s)</source>
        <translation>
            <numerusform>%n treatment</numerusform>
            <numerusform>%n treatments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n technique(s)</source>
        <translation>
            <numerusform>%n technique</numerusform>
            <numerusform>%n techniques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allergen group(s)</source>
        <translation>
            <numerusform>%n allergen group</numerusform>
            <numerusform>%n allergen groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allergen(s)</source>
        <translation>
            <numerusform>%n allergen</numerusform>
            <numerusform>%n allergens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medication class(es)</source>
        <translation>
            <numerusform>%n medication class</numerusform>
            <numerusform>%n medication classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medication(s)</source>
        <translation>
            <numerusform>%n medication</numerusform>
            <numerusform>%n medications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ingredient(s)</source>
        <translation>
            <numerusform>%n ingredient</numerusform>
            <numerusform>%n ingredients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aftercare set(s)</source>
        <translation>
            <numerusform>%n aftercare set</numerusform>
            <numerusform>%n aftercare sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s)</source>
        <translation>
            <numerusform>%n protocol</numerusform>
            <numerusform>%n protocols</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spacing rule(s)</source>
        <translation>
            <numerusform>%n spacing rule</numerusform>
            <numerusform>%n spacing rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screening rule(s)</source>
        <translation>
            <numerusform>%n screening rule</numerusform>
            <numerusform>%n screening rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan rule(s)</source>
        <translation>
            <numerusform>%n plan rule</numerusform>
            <numerusform>%n plan rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::SetupAssistant</name>
    <message numerus="yes">
        <source>%n patient(s) in the clinic&apos;s records.</source>
        <translation>
            <numerusform>%n patient in the clinic&apos;s records.</numerusform>
            <numerusform>%n patients in the clinic&apos;s records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::SignInDelay</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::StockPage</name>
    <message numerus="yes">
        <source>%n unit(s) on %1</source>
        <translation>
            <numerusform>%n unit on %1</numerusform>
            <numerusform>%n units on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) in stock.</source>
        <translation>
            <numerusform>%n lot in stock.</numerusform>
            <numerusform>%n lots in stock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::TraceLotDialog</name>
    <message numerus="yes">
        <source>Lot %1: %n patient(s)</source>
        <translation>
            <numerusform>Lot %1: %n patient</numerusform>
            <numerusform>Lot %1: %n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session line(s).</source>
        <translation>
            <numerusform>%n session line.</numerusform>
            <numerusform>%n session lines.</numerusform>
        </translation>
    </message>
</context>
</TS>
