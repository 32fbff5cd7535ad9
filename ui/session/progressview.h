#pragma once

#include "clinic/actinguser.h"

#include <QWidget>

class QLabel;

namespace meso::clinic {
struct Services;
struct SeriesProgress;
} // namespace meso::clinic

namespace meso::ui {

// A course's progress: sessions done out of planned, the volume of each ingredient so far, and
// a chart (Qt Charts) of each session's pain (0-10) and outcome scores (GAIS 1-5, rated by the
// patient and by the practitioner) by session.
class ProgressView : public QWidget
{
    Q_OBJECT
public:
    ProgressView(clinic::Services &services, clinic::ActingUser user, QWidget *parent = nullptr);

    // Shows the plan's progress; false, with the reason shown, when refused.
    bool showPlan(qint64 planId);
    QString summary() const;
    // The points drawn, per series name: for tests.
    QList<QPointF> points(const QString &series) const;

private:
    clinic::Services &m_services;
    clinic::ActingUser m_user;
    QLabel *m_summary;
    QWidget *m_chartView;
};

} // namespace meso::ui
