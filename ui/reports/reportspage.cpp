#include "reportspage.h"

#include "csvfile.h"

#include "money.h"
#include "refusal.h"
#include "tablemodel.h"
#include "tableviews.h"

#include "clinic/permissions.h"
#include "clinic/services.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QPieSeries>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace meso::ui {

namespace {

QString percent(double rate)
{
    return QLocale().toString(100.0 * rate, 'f', 1) + QStringLiteral(" %");
}

QString plainNumber(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

// A new chart, titled, with its legend below, in place of the view's old one.
QChart *replaceChart(QChartView *view, const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis and bar labels in the window's language: "7,5" and "60 000" in French.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}

// A value axis from 0 to a little above `max`, whole numbers unless `decimals`.
QValueAxis *valueAxis(QChart *chart, double max, const QString &title, int decimals = 0)
{
    auto *axis = new QValueAxis(chart);
    axis->setRange(0, max > 0 ? max * 1.1 : 1);
    // "%.0f", not "%d": localised labels are formatted from the value as a double.
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    axis->setTitleText(title);
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

ReportsPage::ReportsPage(clinic::Services &services, clinic::ActingUser user, QWidget *parent)
    : QWidget(parent), m_services(services), m_user(std::move(user)), m_preset(new QComboBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_message(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_savePng(new QPushButton(tr("Save chart as &PNG…"), this)),
      m_saveCsv(new QPushButton(tr("Save data as &CSV…"), this)), m_refreshTimer(new QTimer(this))
{
    m_preset->addItem(tr("Last 4 weeks"), LastFourWeeks);
    m_preset->addItem(tr("Last 3 months"), LastThreeMonths);
    m_preset->addItem(tr("Last 12 months"), LastTwelveMonths);
    m_preset->addItem(tr("This year"), ThisYear);
    m_preset->addItem(tr("Chosen dates"), Custom);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_message->setWordWrap(true);

    auto *period = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_preset);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    period->addWidget(periodLabel);
    period->addWidget(m_preset);
    period->addSpacing(12);
    period->addWidget(fromLabel);
    period->addWidget(m_from);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addStretch();

    const QStringList weekly = {tr("Week"),         tr("Practitioner"), tr("Room"),
                                tr("Appointments"), tr("Completed"),    tr("Cancelled"),
                                tr("No-shows")};
    addTab(Appointments, tr("Appointments"), weekly,
           {QStringLiteral("week"), QStringLiteral("practitioner"), QStringLiteral("room"),
            QStringLiteral("appointments"), QStringLiteral("completed"),
            QStringLiteral("cancelled"), QStringLiteral("no_shows")});
    addTab(Occupancy, tr("Occupancy"),
           {tr("Week"), tr("Practitioner or room"), tr("Booked"), tr("Available"), tr("Occupancy")},
           {QStringLiteral("week"), QStringLiteral("kind"), QStringLiteral("name"),
            QStringLiteral("booked_minutes"), QStringLiteral("available_minutes"),
            QStringLiteral("occupancy")});
    addTab(Rates, tr("Cancellations and no-shows"),
           {tr("Week"), tr("Appointments"), tr("Cancelled"), tr("No-shows"),
            tr("Cancellation rate"), tr("No-show rate")},
           {QStringLiteral("week"), QStringLiteral("appointments"), QStringLiteral("cancelled"),
            QStringLiteral("no_shows"), QStringLiteral("cancellation_rate"),
            QStringLiteral("no_show_rate")});
    // The clinical and financial figures: for the roles that may read them (the service checks).
    if (clinic::Permissions::allows(m_user.role, clinic::Action::ReportClinic)) {
        addTab(Courses, tr("Courses"),
               {tr("Protocol"), tr("Started"), tr("Completed"), tr("Abandoned")},
               {QStringLiteral("protocol"), QStringLiteral("started"), QStringLiteral("completed"),
                QStringLiteral("abandoned")});
        addTab(ProtocolMix, tr("Protocol mix"),
               {tr("Protocol"), tr("Courses started"), tr("Share")},
               {QStringLiteral("protocol"), QStringLiteral("started"), QStringLiteral("share")});
        addTab(Quotes, tr("Quotes"), {tr("Month"), tr("Quotes approved"), tr("Value")},
               {QStringLiteral("month"), QStringLiteral("quotes"), QStringLiteral("value"),
                QStringLiteral("currency")});
        addTab(AdverseEvents, tr("Adverse events"),
               {tr("Protocol"), tr("Sessions"), tr("Adverse events"), tr("Per 100 sessions")},
               {QStringLiteral("protocol"), QStringLiteral("sessions"),
                QStringLiteral("adverse_events"), QStringLiteral("per_100_sessions")});
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_savePng);
    buttons->addWidget(m_saveCsv);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_preset, &QComboBox::activated, this,
            [this] { setPreset(static_cast<Preset>(m_preset->currentData().toInt())); });
    // A date being typed passes through other valid dates: the reports are read once it rests.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(400);
    connect(m_refreshTimer, &QTimer::timeout, this, &ReportsPage::refresh);
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_settingPeriod)
                return;
            m_preset->setCurrentIndex(m_preset->findData(Custom));
            m_refreshTimer->start();
        });
    }
    connect(m_savePng, &QPushButton::clicked, this, &ReportsPage::askPng);
    connect(m_saveCsv, &QPushButton::clicked, this, &ReportsPage::askCsv);
    setPreset(LastThreeMonths);
}

void ReportsPage::addTab(Report report, const QString &title, QStringList headers,
                         QStringList csvHeader)
{
    Tab t;
    t.report = report;
    t.chart = new QChartView(this);
    t.chart->setRenderHint(QPainter::Antialiasing);
    t.chart->setMinimumHeight(260);
    t.model = new TableModel(std::move(headers), this);
    // A few dozen rows at most: the columns fit their contents, the names take the rest.
    t.table =
        makeReadOnlyTable(t.model, report == Appointments || report == Occupancy ? 1 : 0, this);
    t.csvHeader = std::move(csvHeader);
    auto *splitter = new QSplitter(Qt::Vertical, m_tabs);
    splitter->addWidget(t.chart);
    splitter->addWidget(t.table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_tabs->addTab(splitter, title);
    m_tabList.push_back(std::move(t));
}

ReportsPage::Tab *ReportsPage::tab(Report report)
{
    const auto t = std::find_if(m_tabList.begin(), m_tabList.end(),
                                [&](const Tab &x) { return x.report == report; });
    return t == m_tabList.end() ? nullptr : &*t;
}

const ReportsPage::Tab *ReportsPage::tab(Report report) const
{
    return const_cast<ReportsPage *>(this)->tab(report);
}

std::vector<ReportsPage::Report> ReportsPage::reports() const
{
    std::vector<Report> out;
    for (const Tab &t : m_tabList)
        out.push_back(t.report);
    return out;
}

QChartView *ReportsPage::chartView(Report report) const
{
    const Tab *t = tab(report);
    return t ? t->chart : nullptr;
}

TableModel *ReportsPage::model(Report report) const
{
    const Tab *t = tab(report);
    return t ? t->model : nullptr;
}

QString ReportsPage::message() const
{
    return m_message->text();
}

void ReportsPage::setPreset(Preset preset)
{
    const QDate today = QDate::currentDate();
    m_preset->setCurrentIndex(m_preset->findData(preset));
    switch (preset) {
    case LastFourWeeks:
        setPeriod(today.addDays(-27), today);
        break;
    case LastThreeMonths:
        setPeriod(today.addMonths(-3).addDays(1), today);
        break;
    case LastTwelveMonths:
        setPeriod(today.addYears(-1).addDays(1), today);
        break;
    case ThisYear:
        setPeriod(QDate(today.year(), 1, 1), QDate(today.year(), 12, 31));
        break;
    case Custom:
        break;
    }
}

void ReportsPage::setPeriod(const QDate &from, const QDate &to)
{
    m_refreshTimer->stop();
    m_settingPeriod = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_settingPeriod = false;
    refresh();
}

bool ReportsPage::refresh()
{
    m_message->clear();
    try {
        // One call, one state of the database: the figures of every tab agree.
        const clinic::ClinicReports reports = m_services.reports.page(
            m_user, m_from->date(), m_to->date(), QLocale().name().left(2).toStdString());
        showActivity(reports.activity);
        if (reports.courses && tab(Courses))
            showCourses(*reports.courses);
        if (reports.quotes && tab(Quotes))
            showQuotes(*reports.quotes);
    } catch (const std::exception &e) {
        clear();
        m_message->setText(refusal(e));
        return false;
    }
    m_savePng->setEnabled(true);
    m_saveCsv->setEnabled(true);
    return true;
}

void ReportsPage::clear()
{
    for (Tab &t : m_tabList) {
        t.model->setRows({});
        t.csvRows.clear();
        replaceChart(t.chart, QString());
    }
    m_savePng->setEnabled(false);
    m_saveCsv->setEnabled(false);
}

void ReportsPage::showActivity(const clinic::ActivityReport &report)
{
    const QLocale locale;

    // Every week of the period on the axis, those without appointments too, so that the axis is
    // time; the year in the labels when the period crosses one ("6 Jan" would be two weeks).
    std::vector<QDate> weeks;
    for (QDate w = report.from.addDays(1 - report.from.dayOfWeek()); w <= report.to;
         w = w.addDays(7))
        weeks.push_back(w);
    const QString labelFormat = report.from.year() == report.to.year() ? QStringLiteral("d MMM")
                                                                       : QStringLiteral("d MMM yy");
    // Appointments per week, a bar part per practitioner.
    std::map<QString, std::map<QDate, int>> byPractitioner;
    struct WeekTotal
    {
        int appointments = 0, cancelled = 0, noShows = 0;
    };
    std::map<QDate, WeekTotal> byWeek;
    Tab &appointments = *tab(Appointments);
    std::vector<TableModel::Row> rows;
    appointments.csvRows.clear();
    for (const records::ActivityRow &r : report.rows) {
        byPractitioner[r.practitioner][r.week] += r.appointments;
        WeekTotal &w = byWeek[r.week];
        w.appointments += r.appointments;
        w.cancelled += r.cancelled;
        w.noShows += r.noShows;
        rows.push_back({{locale.toString(r.week, QLocale::ShortFormat), r.practitioner, r.room,
                         locale.toString(r.appointments), locale.toString(r.completed),
                         locale.toString(r.cancelled), locale.toString(r.noShows)},
                        {},
                        {}});
        appointments.csvRows.push_back({r.week.toString(Qt::ISODate), r.practitioner, r.room,
                                        QString::number(r.appointments),
                                        QString::number(r.completed), QString::number(r.cancelled),
                                        QString::number(r.noShows)});
    }
    appointments.model->setRows(std::move(rows));
    QStringList categories;
    for (const QDate &w : weeks)
        categories << locale.toString(w, labelFormat);

    QChart *chart = replaceChart(appointments.chart, tr("Appointments per week by practitioner"));
    auto *bars = new QStackedBarSeries(chart);
    int highest = 0;
    for (const auto &[practitioner, counts] : byPractitioner) {
        auto *set = new QBarSet(practitioner, bars);
        for (const QDate &w : weeks) {
            const auto c = counts.find(w);
            *set << (c == counts.end() ? 0 : c->second);
        }
        bars->append(set);
    }
    for (const auto &[week, w] : byWeek)
        highest = std::max(highest, w.appointments);
    chart->addSeries(bars);
    auto *weekAxis = new QBarCategoryAxis(chart);
    weekAxis->append(categories);
    weekAxis->setLabelsAngle(categories.size() > 14 ? -90 : 0);
    chart->addAxis(weekAxis, Qt::AlignBottom);
    bars->attachAxis(weekAxis);
    QValueAxis *countAxis = valueAxis(chart, highest, tr("Appointments"));
    chart->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(countAxis);

    showOccupancy(report, weeks, categories);

    // The rates over the weeks, in percent.
    Tab &rates = *tab(Rates);
    rows.clear();
    rates.csvRows.clear();
    chart = replaceChart(rates.chart, tr("Cancellation and no-show rates per week"));
    auto *cancelled = new QLineSeries(chart), *noShows = new QLineSeries(chart);
    cancelled->setName(tr("Cancelled (%)"));
    noShows->setName(tr("No-shows (%)"));
    double highestRate = 0;
    for (const auto &[week, w] : byWeek) {
        const double cancellation = w.appointments ? double(w.cancelled) / w.appointments : 0;
        const int held = w.appointments - w.cancelled;
        const double noShow = held ? double(w.noShows) / held : 0;
        // A week without appointments has no rate: no point, the line goes on to the next.
        const auto x =
            static_cast<double>(std::find(weeks.begin(), weeks.end(), week) - weeks.begin());
        cancelled->append(x, 100 * cancellation);
        noShows->append(x, 100 * noShow);
        highestRate = std::max({highestRate, 100 * cancellation, 100 * noShow});
        rows.push_back({{locale.toString(week, QLocale::ShortFormat),
                         locale.toString(w.appointments), locale.toString(w.cancelled),
                         locale.toString(w.noShows), percent(cancellation), percent(noShow)},
                        {},
                        {}});
        rates.csvRows.push_back({week.toString(Qt::ISODate), QString::number(w.appointments),
                                 QString::number(w.cancelled), QString::number(w.noShows),
                                 plainNumber(cancellation, 4), plainNumber(noShow, 4)});
    }
    rows.push_back({{tr("Whole period"), locale.toString(report.total.appointments),
                     locale.toString(report.total.cancelled), locale.toString(report.total.noShows),
                     percent(report.cancellationRate()), percent(report.noShowRate())},
                    {},
                    {}});
    rates.model->setRows(std::move(rows));
    auto *rateWeeks = new QBarCategoryAxis(chart);
    rateWeeks->append(categories);
    rateWeeks->setLabelsAngle(categories.size() > 14 ? -90 : 0);
    QValueAxis *rateAxis = valueAxis(chart, highestRate, tr("%"), 1);
    chart->addAxis(rateWeeks, Qt::AlignBottom);
    chart->addAxis(rateAxis, Qt::AlignLeft);
    for (QLineSeries *s : {cancelled, noShows}) {
        s->setPointsVisible(true);
        chart->addSeries(s);
        s->attachAxis(rateWeeks);
        s->attachAxis(rateAxis);
    }
    m_message->setText(tr("%n appointment(s) from %1 to %2.", nullptr, report.total.appointments)
                           .arg(locale.toString(report.from, QLocale::ShortFormat),
                                locale.toString(report.to, QLocale::ShortFormat)));
}

void ReportsPage::showOccupancy(const clinic::ActivityReport &report,
                                const std::vector<QDate> &weeks, const QStringList &categories)
{
    const QLocale locale;
    const auto hours = [&](qint64 minutes) {
        return tr("%1 h").arg(locale.toString(static_cast<double>(minutes) / 60, 'f', 1));
    };
    Tab &occupancy = *tab(Occupancy);
    std::vector<TableModel::Row> rows;
    occupancy.csvRows.clear();
    QChart *chart = replaceChart(occupancy.chart, tr("Occupancy per week (%)"));
    auto *weekAxis = new QBarCategoryAxis(chart);
    weekAxis->append(categories);
    weekAxis->setLabelsAngle(categories.size() > 14 ? -90 : 0);
    chart->addAxis(weekAxis, Qt::AlignBottom);
    // A line per practitioner (solid) and per room (dashed), a point per week of the period.
    std::map<QString, QLineSeries *> lines;
    double highest = 0;
    const auto add = [&](const std::vector<clinic::Occupancy> &list, bool room) {
        for (const clinic::Occupancy &o : list) {
            const QString name = room ? tr("%1 (room)").arg(o.name) : o.name;
            QLineSeries *&line = lines[(room ? QStringLiteral("r") : QStringLiteral("p")) + name];
            if (!line) {
                line = new QLineSeries(chart);
                line->setName(name);
                line->setPointsVisible(true);
                line->setProperty("room", room);
            }
            const auto x = std::find(weeks.begin(), weeks.end(), o.week) - weeks.begin();
            if (x < static_cast<std::ptrdiff_t>(weeks.size()) && o.availableMinutes > 0) {
                line->append(static_cast<double>(x), 100 * o.rate());
                highest = std::max(highest, 100 * o.rate());
            }
            rows.push_back({{locale.toString(o.week, QLocale::ShortFormat), name,
                             hours(o.bookedMinutes), hours(o.availableMinutes),
                             o.availableMinutes > 0 ? percent(o.rate()) : QString()},
                            {},
                            {}});
            occupancy.csvRows.push_back(
                {o.week.toString(Qt::ISODate),
                 room ? QStringLiteral("room") : QStringLiteral("practitioner"), o.name,
                 QString::number(o.bookedMinutes), QString::number(o.availableMinutes),
                 plainNumber(o.rate(), 4)});
        }
    };
    add(report.practitioners, false);
    add(report.rooms, true);
    occupancy.model->setRows(std::move(rows));
    QValueAxis *rateAxis = valueAxis(chart, highest, tr("%"), 0);
    // Up to 100 % at least, in steps of 20 (above 100: booked outside the hours).
    rateAxis->setRange(0, std::max(100.0, std::ceil(highest / 20) * 20));
    rateAxis->setTickCount(static_cast<int>(rateAxis->max() / 20) + 1);
    chart->addAxis(rateAxis, Qt::AlignLeft);
    for (const auto &[key, line] : lines) {
        chart->addSeries(line); // the theme gives it its colour
        line->attachAxis(weekAxis);
        line->attachAxis(rateAxis);
        if (line->property("room").toBool()) {
            QPen pen = line->pen();
            pen.setStyle(Qt::DashLine);
            line->setPen(pen);
        }
    }
}

void ReportsPage::showCourses(const clinic::CoursesReport &report)
{
    const QLocale locale;

    // Started, completed and abandoned side by side for each protocol: horizontal bars, so that
    // the protocols' long names read on their axis.
    Tab &courses = *tab(Courses);
    std::vector<TableModel::Row> rows;
    courses.csvRows.clear();
    QChart *chart = replaceChart(courses.chart, tr("Courses by protocol"));
    auto *bars = new QHorizontalBarSeries(chart);
    auto *started = new QBarSet(tr("Started"), bars),
         *completed = new QBarSet(tr("Completed"), bars),
         *abandoned = new QBarSet(tr("Abandoned"), bars);
    QStringList names;
    int highest = 0;
    std::vector<const clinic::CourseFigures *> withCourses;
    for (const clinic::CourseFigures &f : report.rows) {
        if (f.started + f.completed + f.abandoned == 0)
            continue;
        withCourses.push_back(&f);
    }
    // The axis lists its categories from the bottom up: the first protocol by name on top.
    for (auto f = withCourses.rbegin(); f != withCourses.rend(); ++f) {
        names << (*f)->protocolName;
        *started << (*f)->started;
        *completed << (*f)->completed;
        *abandoned << (*f)->abandoned;
        highest = std::max({highest, (*f)->started, (*f)->completed, (*f)->abandoned});
    }
    for (const clinic::CourseFigures *f : withCourses) {
        rows.push_back({{f->protocolName, locale.toString(f->started),
                         locale.toString(f->completed), locale.toString(f->abandoned)},
                        {},
                        {}});
        courses.csvRows.push_back({f->protocolName, QString::number(f->started),
                                   QString::number(f->completed), QString::number(f->abandoned)});
    }
    courses.model->setRows(std::move(rows));
    for (QBarSet *set : {started, completed, abandoned})
        bars->append(set);
    chart->addSeries(bars);
    auto *protocolAxis = new QBarCategoryAxis(chart);
    protocolAxis->append(names);
    chart->addAxis(protocolAxis, Qt::AlignLeft);
    bars->attachAxis(protocolAxis);
    QValueAxis *countAxis = valueAxis(chart, highest, tr("Courses"));
    chart->addAxis(countAxis, Qt::AlignBottom);
    bars->attachAxis(countAxis);

    // The protocol mix: the courses started, as shares.
    Tab &mix = *tab(ProtocolMix);
    rows.clear();
    mix.csvRows.clear();
    chart = replaceChart(mix.chart, tr("Courses started by protocol"));
    chart->legend()->setAlignment(Qt::AlignRight);
    auto *pie = new QPieSeries(chart);
    for (const clinic::CourseFigures *f : withCourses) {
        if (f->started == 0)
            continue;
        const double share = double(f->started) / report.total.started;
        pie->append(QStringLiteral("%1 (%2)").arg(f->protocolName, percent(share)), f->started);
        rows.push_back({{f->protocolName, locale.toString(f->started), percent(share)}, {}, {}});
        mix.csvRows.push_back(
            {f->protocolName, QString::number(f->started), plainNumber(share, 4)});
    }
    mix.model->setRows(std::move(rows));
    chart->addSeries(pie);

    // Adverse events per 100 sessions performed, by protocol.
    Tab &safety = *tab(AdverseEvents);
    rows.clear();
    safety.csvRows.clear();
    chart = replaceChart(safety.chart, tr("Adverse events per 100 sessions by protocol"));
    chart->legend()->hide();
    auto *rateBars = new QHorizontalBarSeries(chart);
    auto *rate = new QBarSet(tr("Per 100 sessions"), rateBars);
    QStringList protocols;
    double highestRate = 0;
    for (auto f = report.rows.rbegin(); f != report.rows.rend(); ++f) {
        if (f->sessions == 0)
            continue;
        protocols << f->protocolName;
        *rate << std::round(f->adverseEventsPer100() * 10) / 10; // its label: one decimal
        highestRate = std::max(highestRate, f->adverseEventsPer100());
    }
    for (const clinic::CourseFigures &f : report.rows) {
        if (f.sessions == 0 && f.adverseEvents == 0)
            continue;
        rows.push_back(
            {{f.protocolName, locale.toString(f.sessions), locale.toString(f.adverseEvents),
              locale.toString(f.adverseEventsPer100(), 'f', 1)},
             {},
             {}});
        safety.csvRows.push_back({f.protocolName, QString::number(f.sessions),
                                  QString::number(f.adverseEvents),
                                  plainNumber(f.adverseEventsPer100(), 2)});
    }
    safety.model->setRows(std::move(rows));
    rateBars->append(rate);
    rateBars->setLabelsVisible(true);
    rateBars->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(rateBars);
    auto *rateProtocols = new QBarCategoryAxis(chart);
    rateProtocols->append(protocols);
    chart->addAxis(rateProtocols, Qt::AlignLeft);
    rateBars->attachAxis(rateProtocols);
    QValueAxis *rateAxis = valueAxis(chart, highestRate, tr("Per 100 sessions"), 1);
    chart->addAxis(rateAxis, Qt::AlignBottom);
    rateBars->attachAxis(rateAxis);
}

void ReportsPage::showQuotes(const clinic::QuotesReport &report)
{
    const QLocale locale;
    Tab &quotes = *tab(Quotes);
    std::vector<TableModel::Row> rows;
    quotes.csvRows.clear();
    QChart *chart =
        replaceChart(quotes.chart, tr("Approved quotes per month (%1)").arg(report.currency));
    chart->legend()->hide();
    auto *bars = new QBarSeries(chart);
    auto *value = new QBarSet(tr("Value"), bars);
    QStringList months;
    double highest = 0;
    for (const clinic::QuoteMonth &m : report.months) {
        const double amount = static_cast<double>(m.cents) / 100;
        months << locale.toString(m.month, QStringLiteral("MMM yyyy"));
        *value << amount;
        highest = std::max(highest, amount);
        rows.push_back({{locale.toString(m.month, QStringLiteral("MMMM yyyy")),
                         locale.toString(m.quotes), centsMoney(m.cents, report.currency, locale)},
                        {},
                        {}});
        quotes.csvRows.push_back({m.month.toString(QStringLiteral("yyyy-MM")),
                                  QString::number(m.quotes), plainNumber(amount, 2),
                                  report.currency});
    }
    rows.push_back({{tr("Whole period"), locale.toString(report.total.quotes),
                     centsMoney(report.total.cents, report.currency, locale)},
                    {},
                    {}});
    quotes.model->setRows(std::move(rows));
    bars->append(value);
    chart->addSeries(bars);
    auto *monthAxis = new QBarCategoryAxis(chart);
    monthAxis->append(months);
    monthAxis->setLabelsAngle(months.size() > 12 ? -90 : 0);
    chart->addAxis(monthAxis, Qt::AlignBottom);
    bars->attachAxis(monthAxis);
    QValueAxis *amountAxis = valueAxis(chart, highest, report.currency);
    chart->addAxis(amountAxis, Qt::AlignLeft);
    bars->attachAxis(amountAxis);
}

bool ReportsPage::savePng(Report report, const QString &path)
{
    const Tab *t = tab(report);
    if (!t)
        return false;
    // The chart drawn as its tab shows it: the tab in front, so that it has its size.
    m_tabs->setCurrentIndex(static_cast<int>(t - m_tabList.data()));
    if (!t->chart->grab().save(path, "PNG")) {
        m_message->setText(tr("Could not save %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_message->setText(tr("Chart saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReportsPage::saveCsv(Report report, const QString &path, const clinic::CsvFormat &format)
{
    const Tab *t = tab(report);
    if (!t)
        return false;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(format.start());
        file.write(clinic::csvLine(t->csvHeader, format));
        for (const QStringList &row : t->csvRows)
            file.write(clinic::csvLine(row, format));
        if (file.commit()) {
            m_message->setText(tr("Data saved to %1.").arg(QDir::toNativeSeparators(path)));
            return true;
        }
    }
    m_message->setText(
        tr("Could not save %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    return false;
}

void ReportsPage::askPng()
{
    const auto report = m_tabList.at(static_cast<size_t>(m_tabs->currentIndex())).report;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart"), tr("report-%1.png").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("PNG images (*.png)"));
    if (!path.isEmpty())
        savePng(report, path);
}

void ReportsPage::askCsv()
{
    const auto report = m_tabList.at(static_cast<size_t>(m_tabs->currentIndex())).report;
    const CsvFile file = askCsvFile(
        this, tr("Save data"), tr("report-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    if (!file.path.isEmpty())
        saveCsv(report, file.path, file.format);
}

} // namespace meso::ui
