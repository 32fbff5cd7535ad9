#pragma once

#include "clinic/actinguser.h"
#include "records/consultationrecord.h"

#include <QWidget>

#include <string>

class QLabel;
class QStandardItemModel;
class QTreeView;

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

// A patient's history at a glance: each consultation (newest first, with its state, what it
// amends and its requests) and under it the plan of each request in every version (date, status,
// protocol, course, overrides, consent). Double-click opens the consultation.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    HistoryView(clinic::Services &services, clinic::ActingUser user, QWidget *parent = nullptr);

    // Shows the patient's history; 0 clears it.
    void showPatient(qint64 patientId, const QString &name = {});
    QTreeView *tree() const { return m_tree; }
    QStandardItemModel *model() const { return m_model; }
    // The rows as text, "  " per level, columns separated by " | ": what the user reads.
    QStringList rowsText() const;

Q_SIGNALS:
    void consultationActivated(const records::ConsultationRecord &consultation);

private:
    clinic::Services &m_services;
    clinic::ActingUser m_user;
    QLabel *m_title;
    QStandardItemModel *m_model;
    QTreeView *m_tree;
    std::vector<records::ConsultationRecord> m_consultations;
};

} // namespace meso::ui
