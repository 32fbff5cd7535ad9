#pragma once

#include "csvfile.h"

#include "clinic/actinguser.h"

#include <QDate>
#include <QStringList>
#include <QWidget>

#include <vector>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace meso::clinic {
struct ActivityReport;
struct CoursesReport;
struct QuotesReport;
struct Services;
} // namespace meso::clinic

namespace meso::ui {

class TableModel;

// The Reports page (issue 19): the clinic's figures over a period, each as a chart with its data
// beside it, counted by the database (clinic::ReportService). Every role sees the appointments,
// the practitioners' and rooms' occupancy and the cancellation and no-show rates; practitioners and
// administrators also see the courses by protocol, the protocol mix, the approved quotes per month
// and the adverse events per 100 sessions (the service refuses them to the front desk). Each chart
// saves as PNG and its data as CSV.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    enum Report
    {
        Appointments,
        Occupancy,
        Rates,
        Courses,
        ProtocolMix,
        Quotes,
        AdverseEvents
    };
    enum Preset
    {
        LastFourWeeks,
        LastThreeMonths,
        LastTwelveMonths,
        ThisYear,
        Custom
    };

    ReportsPage(clinic::Services &services, clinic::ActingUser user, QWidget *parent = nullptr);

    // Reads every report of the period again; false (the reason shown on the page) when the
    // period is not one.
    Q_INVOKABLE bool refresh();
    void setPeriod(const QDate &from, const QDate &to);
    void setPreset(Preset preset);

    // The reports this user sees, in tab order.
    std::vector<Report> reports() const;
    QTabWidget *tabs() const { return m_tabs; }
    QChartView *chartView(Report report) const;
    TableModel *model(Report report) const;
    QString message() const;

    // The chart as the page shows it, and its data (UTF-8 with a byte order mark, so that a
    // spreadsheet reads the accents; numbers with a dot); false with the reason on the page.
    bool savePng(Report report, const QString &path);
    bool saveCsv(Report report, const QString &path,
                 const clinic::CsvFormat &format = spreadsheetCsv());

private:
    struct Tab
    {
        Report report;
        QChartView *chart = nullptr;
        TableModel *model = nullptr;
        QTableView *table = nullptr;
        QStringList csvHeader;
        std::vector<QStringList> csvRows; // what the CSV holds: plain numbers, ISO dates
    };

    void addTab(Report report, const QString &title, QStringList headers, QStringList csvHeader);
    Tab *tab(Report report);
    const Tab *tab(Report report) const;
    void showActivity(const clinic::ActivityReport &report);
    void showOccupancy(const clinic::ActivityReport &report, const std::vector<QDate> &weeks,
                       const QStringList &categories);
    // Empties every chart and table: a refused period shows nothing rather than old figures.
    void clear();
    void showCourses(const clinic::CoursesReport &report);
    void showQuotes(const clinic::QuotesReport &report);
    void askPng();
    void askCsv();

    clinic::Services &m_services;
    clinic::ActingUser m_user;
    QComboBox *m_preset;
    QDateEdit *m_from, *m_to;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QPushButton *m_savePng, *m_saveCsv;
    QTimer *m_refreshTimer;
    std::vector<Tab> m_tabList;
    bool m_settingPeriod = false;
};

} // namespace meso::ui
