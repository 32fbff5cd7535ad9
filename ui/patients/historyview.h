#pragma once

#include "clinic/actinguser.h"
#include "core/catalog.h"
#include "records/consultationrecord.h"
#include "records/sessionrecords.h"

#include <QWidget>

#include <string>

class QLabel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

// A patient's history at a glance: each consultation (newest first, with its state, what it
// amends and its requests) and under it the plan of each request in every version (date, status,
// protocol, course, overrides, consent), under each plan its sessions (what was injected, from
// which lot) and under each session its adverse events, the open ones in bold. Double-click
// opens the consultation; for practitioners, "Amend session…", "Session record (PDF)…", "Adverse
// event…", "Progress…" and "Photos…" act on the row selected.
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
    // A new event on the session (eventId 0), or the follow-up of the event eventId.
    void adverseEventActivated(qint64 eventId, qint64 sessionId);
    void progressActivated(qint64 planId);
    void amendSessionActivated(qint64 sessionId);
    void sessionRecordActivated(qint64 sessionId);
    void photosActivated(qint64 patientId);

private:
    QList<QStandardItem *> sessionRow(const records::SessionRecord &s,
                                      const std::vector<records::AdverseEventRecord> &events,
                                      const core::Catalog &catalog, const std::string &lang) const;

    clinic::Services &m_services;
    clinic::ActingUser m_user;
    QLabel *m_title;
    QStandardItemModel *m_model;
    QTreeView *m_tree;
    std::vector<records::ConsultationRecord> m_consultations;
    qint64 m_patientId = 0;
};

} // namespace meso::ui
