#include "progressview.h"

#include "catalogtext.h"
#include "refusal.h"

#include "clinic/services.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace meso::ui {

ProgressView::ProgressView(clinic::Services &services, clinic::ActingUser user, QWidget *parent)
    : QWidget(parent), m_services(services), m_user(std::move(user)), m_summary(new QLabel(this)),
      m_chartView(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *view = static_cast<QChartView *>(m_chartView);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    layout->addWidget(view, 1);
}

bool ProgressView::showPlan(qint64 planId)
{
    auto *view = static_cast<QChartView *>(m_chartView);
    clinic::SeriesProgress p;
    try {
        p = m_services.sessions.progress(m_user, planId);
    } catch (const std::exception &e) {
        m_summary->setText(tr("Refused: %1").arg(refusal(e)));
        return false;
    }
    const QLocale locale;
    const auto catalog = m_services.catalog.current(m_user);
    const std::string lang = ss(locale.name().left(2));
    QStringList volumes;
    // An amount never wraps inside itself ("1," then "50 mL"): a word joiner after the decimal
    // separator, a no-break space before the unit.
    const QString separator = locale.decimalPoint();
    for (const auto &[ingredient, ml] : p.cumulativeMlByIngredient)
        volumes
            << tr("%1 %2 mL")
                   .arg(nameOf(catalog->ingredients, ss(ingredient), lang),
                        locale.toString(ml, 'f', 2).replace(separator, separator + QChar(0x2060)))
                   .replace(QStringLiteral(" mL"), QStringLiteral("\u00a0mL"));
    QString text = tr("%1 of %2 sessions done").arg(p.done).arg(p.planned);
    if (p.notPerformed)
        text += tr(", %n not performed", nullptr, p.notPerformed);
    text += QLatin1Char('.');
    if (!volumes.isEmpty())
        text +=
            QLatin1Char(' ') + tr("Injected so far: %1.").arg(volumes.join(QStringLiteral(", ")));
    m_summary->setText(text);

    auto *chart = new QChart;
    chart->setTitle(tr("Pain and outcome by session"));
    auto *pain = new QLineSeries(chart), *gaisPatient = new QLineSeries(chart),
         *gaisPractitioner = new QLineSeries(chart);
    pain->setName(tr("Pain (0–10)"));
    gaisPatient->setName(tr("Outcome, patient (GAIS 1–5)"));
    gaisPractitioner->setName(tr("Outcome, practitioner (GAIS 1–5)"));
    for (size_t i = 0; i < p.sessions.size(); ++i) {
        const auto &s = p.sessions[i];
        const double x = static_cast<double>(i + 1);
        if (s.pain)
            pain->append(x, *s.pain);
        if (s.gaisPatient)
            gaisPatient->append(x, *s.gaisPatient);
        if (s.gaisPractitioner)
            gaisPractitioner->append(x, *s.gaisPractitioner);
    }
    auto *axisX = new QValueAxis(chart), *axisY = new QValueAxis(chart);
    axisX->setTitleText(tr("Session"));
    axisX->setRange(1, std::max(2, p.planned));
    axisX->setTickCount(std::max(2, p.planned));
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisY->setRange(0, 10);
    axisY->setTickCount(6);
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QLineSeries *series : {pain, gaisPatient, gaisPractitioner}) {
        series->setPointsVisible(true);
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    return true;
}

QString ProgressView::summary() const
{
    return m_summary->text();
}

QList<QPointF> ProgressView::points(const QString &series) const
{
    for (QAbstractSeries *s : static_cast<QChartView *>(m_chartView)->chart()->series()) {
        if (s->name() == series)
            return static_cast<QLineSeries *>(s)->points();
    }
    return {};
}

} // namespace meso::ui
