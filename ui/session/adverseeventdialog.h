#pragma once

#include "clinic/actinguser.h"
#include "records/sessionrecords.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

// "Adverse event": a new event on a performed session, or the follow-up of one (its outcome,
// when it resolved). The type is one of the catalog's risks; a severe or serious event asks when
// and under which reference the manufacturer and the authorities were notified, or that the
// notification is still to be made. Saving is one service call: refused, the dialog stays open
// with the field named.
class AdverseEventDialog : public QDialog
{
    Q_OBJECT
public:
    AdverseEventDialog(clinic::Services &services, clinic::ActingUser user,
                       records::AdverseEventRecord event, QWidget *parent = nullptr);

    void setType(const QString &risk);
    void setSeverity(const QString &severity);
    void setSerious(bool serious);
    void setOutcome(const QString &outcome, const QDate &resolvedOn = {});
    void setNotification(const QDate &notifiedOn, const QString &reference);
    void setNotificationPending(bool pending);
    void setAction(const QString &text);
    bool notificationShown() const;
    bool save();
    QString message() const;
    const records::AdverseEventRecord &saved() const { return m_event; }

private:
    void updateFields();

    clinic::Services &m_services;
    clinic::ActingUser m_user;
    records::AdverseEventRecord m_event;
    QComboBox *m_type, *m_severity, *m_outcome;
    QCheckBox *m_serious, *m_pending;
    QDateEdit *m_onset, *m_resolved, *m_notified;
    QPlainTextEdit *m_description, *m_action;
    QLineEdit *m_reference;
    QWidget *m_notification;
    QLabel *m_message;
};

} // namespace meso::ui
