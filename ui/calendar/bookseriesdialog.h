#pragma once

#include "clinic/actinguser.h"
#include "clinic/bookingservice.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTimeEdit;

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

// "Book series": the front desk's preferences (from when, which weekdays and times, which
// practitioner), the series the scheduler proposes for confirmation, and the booking of all of
// it at once. When another workstation took a slot meanwhile, it says so and proposes again.
class BookSeriesDialog : public QDialog
{
    Q_OBJECT
public:
    BookSeriesDialog(clinic::Services &services, clinic::ActingUser user, qint64 planId,
                     const QString &summary, QWidget *parent = nullptr);

    void propose();
    // Books the proposal shown; false, with the message shown, when it cannot.
    bool book();
    QStandardItemModel *model() const { return m_model; }
    QString message() const;
    QPushButton *bookButton() const { return m_book; }
    QComboBox *practitionerBox() const { return m_practitioner; }
    QCheckBox *weekdayBox(int weekday) const { return m_weekdays[weekday - 1]; }

private:
    clinic::BookingPreferences preferences() const;

    clinic::Services &m_services;
    clinic::ActingUser m_user;
    qint64 m_planId;
    QDateEdit *m_from;
    QCheckBox *m_weekdays[7];
    QCheckBox *m_anyTime;
    QTimeEdit *m_timeFrom, *m_timeTo;
    QComboBox *m_practitioner;
    QCheckBox *m_onlyPractitioner;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QLabel *m_message;
    QPushButton *m_book;
    std::optional<clinic::SeriesProposal> m_proposal;
};

} // namespace meso::ui
