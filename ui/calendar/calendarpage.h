#pragma once

#include "calendarview.h"

#include "clinic/actinguser.h"
#include "clinic/bookingservice.h"
#include "clinic/planservice.h"
#include "records/bookingrecords.h"

#include <QWidget>

#include <map>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

// The front desk's page: the day or week calendar per practitioner or per room (drag a booked
// session to move it, with live feedback), the approved plans waiting to be booked ("Book
// series…"), the list of the day with statuses and actions (check in, record the
// session or say it was not performed, no-show, cancel, move), and the day sheet as a PDF.
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    enum View
    {
        DayView,
        WeekView
    };
    enum Resources
    {
        Practitioners,
        Rooms
    };

    CalendarPage(clinic::Services &services, clinic::ActingUser user, QWidget *parent = nullptr);

    Q_INVOKABLE void refresh();
    void showDate(const QDate &date);
    void setView(View view, Resources resources, qint64 resource = 0);

    CalendarView *calendar() const { return m_calendar; }
    QListWidget *waitingList() const { return m_waiting; }
    QStandardItemModel *dayModel() const { return m_dayModel; }
    QTableView *dayTable() const { return m_dayTable; }
    QPushButton *bookButton() const { return m_book; }
    QString message() const;
    // What the day list's actions do, on the appointment selected.
    void checkIn();
    // Opens "Record session" for the appointment selected (a practitioner's, checked in).
    void recordSession();
    // Closes the checked-in appointment selected without treatment; false when refused.
    bool notPerformed(const QString &reason);
    void markNoShow();
    bool cancelSelected(const QString &reason);
    // Writes the day sheet of the date shown (every practitioner's day) as a PDF.
    bool exportDaySheet(const QString &path);
    // Writes the iCalendar file of the selected appointment's patient (all their appointments),
    // or of the practitioner of the selected appointment (the next 90 days).
    enum CalendarFile
    {
        PatientCalendar,
        PractitionerCalendar
    };
    bool exportCalendar(CalendarFile which, const QString &path);
    // Opens "Book series…" for the plan selected in the waiting list.
    void bookSelectedPlan();

private:
    struct Described
    {
        QString patient, protocol;
        int sessions = 0;
        int noShows = 0;
    };
    Described describe(const records::AppointmentRecord &a);
    const clinic::PlanSummary &planSummary(qint64 planId);
    void fillCalendar();
    void fillDayList();
    void fillWaiting();
    qint64 selectedAppointment() const;
    void act(const std::function<void(const records::AppointmentRecord &)> &action);
    void moveTo(const CalendarView::Target &target);
    void offerMoves();

    clinic::Services &m_services;
    clinic::ActingUser m_user;
    QDateEdit *m_date;
    QComboBox *m_view, *m_resources, *m_resource;
    CalendarView *m_calendar;
    QListWidget *m_waiting;
    QPushButton *m_book;
    QStandardItemModel *m_dayModel;
    QTableView *m_dayTable;
    QLabel *m_message;
    QLabel *m_noneWaiting = nullptr, *m_noAppointments = nullptr; // what an empty list means
    std::vector<records::AppointmentRecord>
        m_shown;                             // the appointments of the calendar and the day list
    std::map<qint64, Described> m_described; // per refresh
    std::map<qint64, clinic::PlanSummary> m_plans; // approved plans, kept: planSummary
    clinic::ClinicSetup m_setup;                   // as read by the last refresh
};

} // namespace meso::ui
