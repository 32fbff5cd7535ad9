#include "calendarpage.h"
#include "pageroles.h"

#include "bookseriesdialog.h"
#include "documenthtml.h"
#include "plandocument.h"
#include "refusal.h"
#include "remindersdialog.h"
#include "sessiondialog.h"
#include "tones.h"
#include "windowsize.h"

#include "clinic/calendarexport.h"
#include "clinic/clinictime.h"
#include "clinic/permissions.h"
#include "clinic/services.h"
#include "clinic/validationerror.h"
#include "records/bookingrecords.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace meso::ui {

namespace {

QString hhmm(qint64 minute)
{
    return clinic::toDateTime(minute).time().toString(QStringLiteral("HH:mm"));
}

} // namespace

CalendarPage::CalendarPage(clinic::Services &services, clinic::ActingUser user, QWidget *parent)
    : QWidget(parent), m_services(services), m_user(std::move(user)),
      m_date(new QDateEdit(QDate::currentDate(), this)), m_view(new QComboBox(this)),
      m_resources(new QComboBox(this)), m_resource(new QComboBox(this)),
      m_calendar(new CalendarView(this)), m_waiting(new QListWidget(this)),
      m_book(new QPushButton(tr("&Book series…"), this)), m_dayModel(new QStandardItemModel(this)),
      m_dayTable(new QTableView(this)), m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *previous = new QPushButton(tr("◀"), this), *today = new QPushButton(tr("&Today"), this),
         *next = new QPushButton(tr("▶"), this);
    previous->setAccessibleName(tr("Previous"));
    next->setAccessibleName(tr("Next"));
    m_date->setCalendarPopup(true);
    m_view->addItem(tr("Day"), DayView);
    m_view->addItem(tr("Week"), WeekView);
    m_resources->addItem(tr("Practitioners"), Practitioners);
    m_resources->addItem(tr("Rooms"), Rooms);
    auto *daySheet = new QPushButton(tr("Day sheet (PDF)…"), this);
    markRole(daySheet, PageRole::Print);
    markRole(m_book, PageRole::New);
    auto *reminders = new QPushButton(tr("Re&minders…"), this);
    reminders->setToolTip(tr("The next day's appointment reminders: CSV for SMS, e-mails"));
    reminders->setVisible(clinic::Permissions::allows(m_user.role, clinic::Action::ReminderSend));
    auto *icsButton = new QPushButton(tr("Calendar file"), this);
    auto *icsMenu = new QMenu(icsButton);
    for (auto [which, text] :
         {std::pair{PatientCalendar, tr("Patient's appointments (.ics)…")},
          std::pair{PractitionerCalendar, tr("Practitioner's next 90 days (.ics)…")}}) {
        icsMenu->addAction(text, this, [this, which = which] {
            const QString path =
                QFileDialog::getSaveFileName(this, tr("Save the calendar file"),
                                             tr("appointments.ics"), tr("iCalendar files (*.ics)"));
            if (!path.isEmpty())
                exportCalendar(which, path);
        });
    }
    icsButton->setMenu(icsMenu);
    for (QWidget *w : std::initializer_list<QWidget *>{previous, today, next, m_date, m_view,
                                                       m_resources, m_resource})
        bar->addWidget(w);
    bar->addStretch(1);
    bar->addWidget(reminders);
    bar->addWidget(icsButton);
    bar->addWidget(daySheet);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *side = new QWidget(split);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Approved plans waiting to be booked"), side));
    m_waiting->setWordWrap(true);
    sideLayout->addWidget(m_waiting, 1);
    // Empty lists say why, and what brings something into them.
    m_noneWaiting = new QLabel(tr("No approved plan is waiting: a plan appears here once a "
                                  "practitioner approves it, until its series is booked."),
                               side);
    m_noneWaiting->setWordWrap(true);
    m_noneWaiting->setObjectName(QStringLiteral("noneWaiting"));
    sideLayout->addWidget(m_noneWaiting);
    sideLayout->addWidget(m_book, 0, Qt::AlignLeft);
    sideLayout->addWidget(new QLabel(tr("The day's appointments"), side));
    m_dayTable->setModel(m_dayModel);
    m_dayTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dayTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dayTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dayTable->verticalHeader()->setVisible(false);
    m_dayTable->horizontalHeader()->setStretchLastSection(true);
    m_dayTable->setWordWrap(false);
    sideLayout->addWidget(m_dayTable, 2);
    m_noAppointments = new QLabel(side);
    m_noAppointments->setWordWrap(true);
    m_noAppointments->setObjectName(QStringLiteral("noAppointments"));
    sideLayout->addWidget(m_noAppointments);
    auto *actions = new QHBoxLayout;
    auto *checkInButton = new QPushButton(tr("Check &in"), side),
         *recordButton = new QPushButton(tr("&Record session…"), side),
         *notPerformedButton = new QPushButton(tr("Not &performed…"), side),
         *noShowButton = new QPushButton(tr("&No-show"), side),
         *cancelButton = new QPushButton(tr("&Cancel…"), side),
         *moveButton = new QPushButton(tr("Mo&ve…"), side);
    for (QPushButton *b : {checkInButton, recordButton, notPerformedButton})
        actions->addWidget(b);
    // Only practitioners record sessions (the service checks it; the buttons say so up front).
    const bool records = clinic::Permissions::allows(m_user.role, clinic::Action::SessionWrite);
    recordButton->setVisible(records);
    notPerformedButton->setVisible(records);
    actions->addStretch(1);
    sideLayout->addLayout(actions);
    auto *otherActions = new QHBoxLayout;
    for (QPushButton *b : {noShowButton, cancelButton, moveButton})
        otherActions->addWidget(b);
    otherActions->addStretch(1);
    sideLayout->addLayout(otherActions);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    sideLayout->addWidget(m_message);
    auto *scroll = new QScrollArea(split);
    scroll->setWidget(m_calendar);
    scroll->setWidgetResizable(true);
    split->addWidget(side);
    split->addWidget(scroll);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({440, 660});
    rememberSplitter(split, QStringLiteral("calendar"));
    layout->addWidget(split, 1);

    m_calendar->setChecker([this](const CalendarView::Target &t) {
        const auto a = std::find_if(m_shown.begin(), m_shown.end(),
                                    [&t](const auto &x) { return x.id == t.id; });
        if (a == m_shown.end())
            return tr("not in the calendar");
        core::ScheduledSession s;
        s.date = clinic::toDate(t.date);
        s.span.start = core::minuteOf(s.date, t.start);
        s.span.end = s.span.start + (a->end - a->start);
        const bool rooms = m_resources->currentData().toInt() == Rooms;
        s.practitioner = rooms ? a->practitionerId : t.resource;
        s.room = rooms ? t.resource : a->roomId;
        try {
            return QString::fromStdString(m_services.booking.checkMove(m_user, t.id, s));
        } catch (const std::exception &e) {
            return QString::fromUtf8(e.what());
        }
    });
    connect(m_calendar, &CalendarView::moveRequested, this, &CalendarPage::moveTo);
    connect(m_calendar, &CalendarView::activated, this, &CalendarPage::offerMoves); // double click
    connect(m_calendar, &CalendarView::selectionChanged, this, [this](qint64 id) {
        // The day's list follows (selecting a row selects the same session here: no loop), and the
        // buttons below act on the session clicked, whatever its day.
        m_dayTable->clearSelection();
        for (int row = 0; row < m_dayModel->rowCount(); ++row) {
            if (m_dayModel->item(row, 0)->data().toLongLong() == id)
                m_dayTable->selectRow(row);
        }
    });
    connect(m_dayTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_dayTable->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_calendar->select(m_dayModel->item(rows.first().row(), 0)->data().toLongLong());
    });
    connect(previous, &QPushButton::clicked, this, [this] {
        showDate(m_date->date().addDays(m_view->currentData().toInt() == WeekView ? -7 : -1));
    });
    connect(next, &QPushButton::clicked, this, [this] {
        showDate(m_date->date().addDays(m_view->currentData().toInt() == WeekView ? 7 : 1));
    });
    connect(today, &QPushButton::clicked, this, [this] { showDate(QDate::currentDate()); });
    connect(m_date, &QDateEdit::dateChanged, this, &CalendarPage::refresh);
    connect(m_view, &QComboBox::currentIndexChanged, this, &CalendarPage::refresh);
    connect(m_resources, &QComboBox::currentIndexChanged, this, &CalendarPage::refresh);
    connect(m_resource, &QComboBox::activated, this, &CalendarPage::refresh);
    connect(m_book, &QPushButton::clicked, this, &CalendarPage::bookSelectedPlan);
    connect(m_waiting, &QListWidget::itemActivated, this, &CalendarPage::bookSelectedPlan);
    connect(checkInButton, &QPushButton::clicked, this, &CalendarPage::checkIn);
    connect(noShowButton, &QPushButton::clicked, this, &CalendarPage::markNoShow);
    connect(recordButton, &QPushButton::clicked, this, &CalendarPage::recordSession);
    connect(notPerformedButton, &QPushButton::clicked, this, [this] {
        if (!selectedAppointment())
            return;
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Session not performed"),
            tr("Why was the session not performed? The appointment is closed with this reason."),
            QLineEdit::Normal, {}, &ok);
        if (ok)
            notPerformed(reason);
    });
    connect(cancelButton, &QPushButton::clicked, this, [this] {
        if (!selectedAppointment())
            return;
        bool ok = false;
        const QString reason =
            QInputDialog::getText(this, tr("Cancel appointment"), tr("Reason for cancelling:"),
                                  QLineEdit::Normal, QString(), &ok);
        if (ok)
            cancelSelected(reason);
    });
    connect(moveButton, &QPushButton::clicked, this, &CalendarPage::offerMoves);
    connect(reminders, &QPushButton::clicked, this, [this] {
        // The day after the one shown: reminders go out the day before.
        RemindersDialog dialog(m_services, m_user, m_date->date().addDays(1), this);
        dialog.exec();
    });
    connect(daySheet, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the day sheet"),
            tr("day-sheet-%1.pdf").arg(m_date->date().toString(Qt::ISODate)),
            tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            exportDaySheet(path);
    });
    refresh();
}

QString CalendarPage::message() const
{
    return m_message->text();
}

void CalendarPage::showDate(const QDate &date)
{
    m_date->setDate(date); // refreshes
}

void CalendarPage::setView(View view, Resources resources, qint64 resource)
{
    m_view->setCurrentIndex(m_view->findData(view));
    m_resources->setCurrentIndex(m_resources->findData(resources));
    if (resource)
        m_resource->setCurrentIndex(m_resource->findData(resource));
    refresh();
}

CalendarPage::Described CalendarPage::describe(const records::AppointmentRecord &a)
{
    if (const auto found = m_described.find(a.id); found != m_described.end())
        return found->second;
    Described d;
    // The front desk sees identity and the plan's bookable summary only (never its cocktail).
    try {
        if (const auto patient = m_services.patients.find(m_user, a.patientId))
            d.patient = tr("%1 %2").arg(patient->familyName.toUpper(), patient->givenNames);
        const clinic::PlanSummary &plan = planSummary(a.planId);
        d.protocol = plan.protocolName;
        d.sessions = plan.sessions;
        d.noShows = m_services.booking.noShows(m_user, a.patientId);
    } catch (const std::exception &e) {
        m_message->setText(QString::fromUtf8(e.what()));
    }
    return m_described[a.id] = d;
}

const clinic::PlanSummary &CalendarPage::planSummary(qint64 planId)
{
    // Kept across refreshes: the calendar and the waiting list show approved plans only, and an
    // approved plan's protocol, sessions, interval and patient never change (a change is a new
    // version, with its own id).
    auto found = m_plans.find(planId);
    if (found == m_plans.end())
        found = m_plans
                    .emplace(planId, m_services.plans.summary(
                                         m_user, planId, QLocale().name().left(2).toStdString()))
                    .first;
    return found->second;
}

void CalendarPage::refresh()
{
    m_described.clear();
    m_setup =
        m_services.clinicSetup.setup(m_user); // read once per refresh, for the columns and the list
    const clinic::ClinicSetup &setup = m_setup;
    const bool rooms = m_resources->currentData().toInt() == Rooms;
    {
        const QSignalBlocker blocker(m_resource);
        const qint64 keep = m_resource->currentData().toLongLong();
        m_resource->clear();
        if (rooms) {
            for (const auto &r : setup.rooms)
                m_resource->addItem(r.name, r.id);
        } else {
            for (const auto &p : setup.practitioners)
                m_resource->addItem(p.displayName, p.userId);
        }
        m_resource->setCurrentIndex(std::max(0, m_resource->findData(keep)));
    }
    const bool week = m_view->currentData().toInt() == WeekView;
    m_resource->setEnabled(week);
    const QDate date = m_date->date();
    const QDate first = week ? date.addDays(1 - date.dayOfWeek()) : date;
    const QDate last = week ? first.addDays(6) : date;
    m_shown = m_services.booking.between(m_user, QDateTime(first, QTime(0, 0)),
                                         QDateTime(last.addDays(1), QTime(0, 0)));

    QList<CalendarView::Column> columns;
    const QLocale locale;
    if (week) {
        for (QDate d = first; d <= last; d = d.addDays(1))
            columns.append({locale.toString(d, QStringLiteral("ddd d MMM")), d,
                            m_resource->currentData().toLongLong()});
    } else if (rooms) {
        for (const auto &r : setup.rooms)
            columns.append({r.name, date, r.id});
    } else {
        for (const auto &p : setup.practitioners)
            columns.append({p.displayName, date, p.userId});
    }
    m_calendar->setColumns(columns);
    int firstMinute = 24 * 60, lastMinute = 0;
    for (const auto &day : setup.opening) {
        for (const auto &w : day) {
            firstMinute = std::min(firstMinute, w.start);
            lastMinute = std::max(lastMinute, w.end);
        }
    }
    if (firstMinute >= lastMinute) {
        firstMinute = 8 * 60;
        lastMinute = 20 * 60;
    }
    m_calendar->setHours(firstMinute, lastMinute);
    fillCalendar();
    fillDayList();
    fillWaiting();
}

void CalendarPage::fillCalendar()
{
    const bool rooms = m_resources->currentData().toInt() == Rooms;
    QList<CalendarView::Item> items;
    for (const auto &a : m_shown) {
        const Described d = describe(a);
        const QDateTime start = clinic::toDateTime(a.start);
        CalendarView::Item item;
        item.id = a.id;
        item.date = start.date();
        item.start = start.time().hour() * 60 + start.time().minute();
        item.end = item.start + static_cast<int>(a.end - a.start);
        item.resource = rooms ? a.roomId : a.practitionerId;
        item.status = a.status;
        item.text = tr("%1 %2\n%3, %4/%5")
                        .arg(hhmm(a.start), d.patient, d.protocol)
                        .arg(a.sessionIndex + 1)
                        .arg(d.sessions);
        if (a.status != QLatin1String("booked"))
            item.text += QStringLiteral(" (%1)").arg(clinic::BookingService::statusName(a.status));
        items.append(item);
    }
    m_calendar->setItems(items);
}

void CalendarPage::fillDayList()
{
    const qint64 keep = selectedAppointment();
    m_dayModel->clear();
    // What the front desk acts on first (time, patient, status), then what the calendar shows too.
    m_dayModel->setHorizontalHeaderLabels(
        {tr("Time"), tr("Patient"), tr("Status"), tr("Treatment"), tr("Practitioner"), tr("Room")});
    const clinic::ClinicSetup &setup = m_setup;
    const QDate date = m_date->date();
    for (const auto &a : m_shown) {
        if (clinic::toDateTime(a.start).date() != date)
            continue;
        const Described d = describe(a);
        QList<QStandardItem *> row;
        // The patient's earlier no-shows beside their name, in red: seen when checking in.
        const QString patient =
            d.noShows ? tr("%1 (%n no-show(s))", nullptr, d.noShows).arg(d.patient) : d.patient;
        for (const QString &text :
             {tr("%1 to %2").arg(hhmm(a.start), hhmm(a.end)), patient,
              clinic::BookingService::statusName(a.status),
              tr("%1, session %2 of %3").arg(d.protocol).arg(a.sessionIndex + 1).arg(d.sessions),
              setup.practitionerName(a.practitionerId), setup.roomName(a.roomId)}) {
            auto *item = new QStandardItem(text);
            item->setData(a.id);
            item->setToolTip(text); // the whole text of a cell elided
            row << item;
        }
        if (d.noShows > 0)
            row[1]->setForeground(strong(palette(), Tone::Danger));
        m_dayModel->appendRow(row);
    }
    m_noAppointments->setText(
        tr("No appointments on %1: book a series from the plans waiting above, or choose "
           "another day.")
            .arg(QLocale().toString(date, QLocale::LongFormat)));
    m_noAppointments->setVisible(m_dayModel->rowCount() == 0);
    // One line per appointment; long names and protocols elided, whole in their tooltips.
    m_dayTable->resizeColumnsToContents();
    for (int column = 0; column < m_dayModel->columnCount(); ++column)
        m_dayTable->setColumnWidth(
            column, std::min(m_dayTable->columnWidth(column), column == 3 ? 160 : 130));
    for (int row = 0; row < m_dayModel->rowCount(); ++row) {
        if (m_dayModel->item(row, 0)->data().toLongLong() == keep)
            m_dayTable->selectRow(row);
    }
}

void CalendarPage::fillWaiting()
{
    m_waiting->clear();
    try {
        for (qint64 id : m_services.booking.plansWaiting(m_user)) {
            const clinic::PlanSummary &plan = planSummary(id);
            const auto patient = m_services.patients.find(m_user, plan.patientId);
            if (!patient)
                continue;
            auto *item = new QListWidgetItem(
                tr("%1 %2: %3, %4 sessions every %5 days")
                    .arg(patient->familyName.toUpper(), patient->givenNames, plan.protocolName)
                    .arg(plan.sessions)
                    .arg(plan.intervalDays),
                m_waiting);
            item->setData(Qt::UserRole, id);
            item->setData(Qt::UserRole + 1, plan.patientId);
        }
    } catch (const std::exception &e) {
        m_message->setText(QString::fromUtf8(e.what()));
    }
    if (m_waiting->count() > 0 && !m_waiting->currentItem())
        m_waiting->setCurrentRow(0);
    m_book->setEnabled(m_waiting->count() > 0);
    m_noneWaiting->setVisible(m_waiting->count() == 0);
}

qint64 CalendarPage::selectedAppointment() const
{
    // The list and the calendar select together; a session of another day is only in the calendar.
    if (const qint64 id = m_calendar->selectedId())
        return id;
    const QModelIndexList rows = m_dayTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_dayModel->item(rows.first().row(), 0)->data().toLongLong();
}

void CalendarPage::act(const std::function<void(const records::AppointmentRecord &)> &action)
{
    m_message->clear();
    const auto a = m_services.booking.find(m_user, selectedAppointment());
    if (!a) {
        m_message->setText(tr("Select an appointment first."));
        return;
    }
    QString refused;
    try {
        action(*a);
    } catch (const std::exception &e) {
        refused = refusal(e);
    }
    refresh();
    if (!refused.isEmpty())
        m_message->setText(tr("Refused: %1").arg(refused));
}

void CalendarPage::checkIn()
{
    act([this](const auto &a) { m_services.booking.checkIn(m_user, a.id, a.rowVersion); });
}

void CalendarPage::recordSession()
{
    const qint64 id = selectedAppointment();
    if (!id) {
        m_message->setText(tr("Select an appointment first."));
        return;
    }
    std::unique_ptr<SessionDialog> dialog;
    try {
        dialog = std::make_unique<SessionDialog>(m_services, m_user, id, this);
    } catch (const std::exception &e) {
        m_message->setText(tr("Refused: %1").arg(refusal(e)));
        return;
    }
    if (dialog->exec() == QDialog::Accepted) {
        refresh();
        m_message->setText(tr("Session recorded; the appointment is completed."));
    }
}

bool CalendarPage::notPerformed(const QString &reason)
{
    act([this, reason](const auto &a) { m_services.sessions.notPerformed(m_user, a.id, reason); });
    return m_message->text().isEmpty();
}

void CalendarPage::markNoShow()
{
    act([this](const auto &a) { m_services.booking.markNoShow(m_user, a.id, a.rowVersion); });
}

bool CalendarPage::cancelSelected(const QString &reason)
{
    act([this, reason](const auto &a) {
        m_services.booking.cancel(m_user, a.id, a.rowVersion, reason);
    });
    return m_message->text().isEmpty();
}

void CalendarPage::moveTo(const CalendarView::Target &target)
{
    m_calendar->select(target.id);
    act([this, target](const records::AppointmentRecord &a) {
        core::ScheduledSession s;
        s.date = clinic::toDate(target.date);
        s.span.start = core::minuteOf(s.date, target.start);
        s.span.end = s.span.start + (a.end - a.start);
        const bool rooms = m_resources->currentData().toInt() == Rooms;
        s.practitioner = rooms ? a.practitionerId : target.resource;
        s.room = rooms ? target.resource : a.roomId;
        m_services.booking.move(m_user, a.id, a.rowVersion, s);
    });
}

void CalendarPage::offerMoves()
{
    const qint64 id = selectedAppointment();
    if (!id)
        return;
    const clinic::ClinicSetup setup = m_services.clinicSetup.setup(m_user);
    std::vector<core::ScheduledSession> options;
    try {
        options = m_services.booking.moveOptions(m_user, id, 8);
    } catch (const std::exception &e) {
        m_message->setText(tr("Refused: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    if (options.empty()) {
        m_message->setText(tr("No free slot keeps this session's spacing to the others; cancel it "
                              "or move a neighbour."));
        return;
    }
    QMenu menu(this);
    const QLocale locale;
    for (const auto &o : options) {
        const QDateTime start = clinic::toDateTime(o.span.start);
        menu.addAction(tr("%1 at %2, %3, %4")
                           .arg(locale.toString(start.date(), QLocale::LongFormat),
                                start.time().toString(QStringLiteral("HH:mm")),
                                setup.practitionerName(o.practitioner), setup.roomName(o.room)),
                       this, [this, id, o] {
                           act([this, o](const records::AppointmentRecord &a) {
                               m_services.booking.move(m_user, a.id, a.rowVersion, o);
                           });
                           m_calendar->select(id);
                       });
    }
    menu.exec(QCursor::pos());
}

void CalendarPage::bookSelectedPlan()
{
    QListWidgetItem *item = m_waiting->currentItem();
    if (!item)
        return;
    QString summary = item->text();
    if (const int noShows =
            m_services.booking.noShows(m_user, item->data(Qt::UserRole + 1).toLongLong()))
        summary += QLatin1Char('\n') +
                   tr("This patient missed %n appointment(s) without notice.", nullptr, noShows);
    BookSeriesDialog dialog(m_services, m_user, item->data(Qt::UserRole).toLongLong(), summary,
                            this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

bool CalendarPage::exportCalendar(CalendarFile which, const QString &path)
{
    m_message->clear();
    const auto a = m_services.booking.find(m_user, selectedAppointment());
    if (!a) {
        m_message->setText(tr("Select an appointment first."));
        return false;
    }
    try {
        const std::string lang = QLocale().name().left(2).toStdString();
        const QByteArray ics =
            which == PatientCalendar
                ? clinic::CalendarExport::forPatient(m_services, m_user, a->patientId, lang)
                : clinic::CalendarExport::forPractitioner(m_services, m_user, a->practitionerId,
                                                          QDate::currentDate(),
                                                          QDate::currentDate().addDays(90), lang);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.flush())
            throw std::runtime_error(
                tr("Cannot write %1: %2").arg(path, file.errorString()).toStdString());
    } catch (const std::exception &e) {
        m_message->setText(QString::fromUtf8(e.what()));
        return false;
    }
    m_message->setText(tr("Saved %1.").arg(path));
    return true;
}

bool CalendarPage::exportDaySheet(const QString &path)
{
    const QDate date = m_date->date();
    const clinic::ClinicProfile clinic = m_services.profile.profile(m_user);
    const clinic::ClinicSetup setup = m_services.clinicSetup.setup(m_user);
    const QLocale locale;
    QString html = PlanDocument::letterheadHtml(
        clinic, tr("Day sheet: %1").arg(locale.toString(date, QLocale::LongFormat)));
    const auto all = m_services.booking.between(m_user, QDateTime(date, QTime(0, 0)),
                                                QDateTime(date.addDays(1), QTime(0, 0)));
    for (const auto &p : setup.practitioners) {
        QString rows;
        for (const auto &a : all) {
            if (a.practitionerId != p.userId)
                continue;
            const Described d = describe(a);
            rows +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(tr("%1 to %2").arg(hhmm(a.start), hhmm(a.end)).toHtmlEscaped(),
                         d.patient.toHtmlEscaped(),
                         tr("%1, session %2 of %3")
                             .arg(d.protocol)
                             .arg(a.sessionIndex + 1)
                             .arg(d.sessions)
                             .toHtmlEscaped(),
                         setup.roomName(a.roomId).toHtmlEscaped(),
                         clinic::BookingService::statusName(a.status).toHtmlEscaped());
        }
        html += QStringLiteral("<h3>%1</h3>").arg(p.displayName.toHtmlEscaped());
        if (rows.isEmpty()) {
            html += html::paragraph({tr("No appointment.")});
            continue;
        }
        html +=
            QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                           "width=\"100%\"><tr><th>%1</th>"
                           "<th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>%6</table>")
                .arg(tr("Time"), tr("Patient"), tr("Treatment"), tr("Room"), tr("Status"), rows);
    }
    try {
        const auto document = PlanDocument::document(html, clinic);
        PlanDocument::writePdf(*document, tr("Day sheet %1").arg(date.toString(Qt::ISODate)), path);
    } catch (const std::exception &e) {
        m_message->setText(QString::fromUtf8(e.what()));
        return false;
    }
    m_message->setText(tr("Saved %1.").arg(path));
    return true;
}

} // namespace meso::ui
