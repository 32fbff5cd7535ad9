#pragma once

#include "plandocument.h"

#include "clinic/actinguser.h"
#include "clinic/planservice.h"
#include "records/consultationrecord.h"
#include "records/patientrecord.h"

#include <QDialog>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

// Asks for the reason to proceed despite a relative finding. OK hands the reason id and comment
// to `apply` (the service), and stays open with its message when that refuses them.
class OverrideDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<void(const QString &reason, const QString &comment)>;
    OverrideDialog(const QString &finding, Apply apply, QWidget *parent = nullptr);

    QComboBox *reasonBox() const { return m_reason; }
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QPushButton *okButton() const { return m_ok; }
    QString problem() const;

private:
    void submit();

    Apply m_apply;
    QComboBox *m_reason;
    QPlainTextEdit *m_comment;
    QLabel *m_problem;
    QPushButton *m_ok;
};

// Records how and when the patient consented to an approved plan.
class ConsentDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<void(const QDate &date, const QString &method)>;
    explicit ConsentDialog(Apply apply, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *methodBox() const { return m_method; }
    QPushButton *okButton() const { return m_ok; }

private:
    Apply m_apply;
    QDateEdit *m_date;
    QComboBox *m_method;
    QLabel *m_problem;
    QPushButton *m_ok;
};

// The plan of each request of a signed consultation, as the practitioner finalises it: the
// protocol among those serving the request, sessions and interval (outside the protocol's bounds
// only with a reason), overrides of relative findings, approval, new versions, consent, and the
// printed plan, consent form and aftercare sheet (print preview or PDF). Every change goes
// through PlanService, which checks it; this panel only shows what the service says.
class PlanPanel : public QWidget
{
    Q_OBJECT
public:
    PlanPanel(clinic::Services &services, clinic::ActingUser user, records::PatientRecord patient,
              std::string lang, QWidget *parent = nullptr);

    // Shows the plans of a signed consultation.
    void setConsultation(const records::ConsultationRecord &consultation);

    const clinic::PlanView *plan() const { return m_view ? &*m_view : nullptr; }
    QComboBox *requestBox() const { return m_request; }
    QComboBox *protocolBox() const { return m_protocol; }
    QSpinBox *sessionsBox() const { return m_sessions; }
    QSpinBox *intervalBox() const { return m_interval; }
    QLineEdit *deviationEdit() const { return m_deviation; }
    QListWidget *findingList() const { return m_findings; }
    QPushButton *overrideButton() const { return m_override; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *reviseButton() const { return m_revise; }
    QPushButton *consentButton() const { return m_consent; }
    QString statusText() const;
    QString problem() const;
    QString detailsText() const;

    QString documentHtml(PlanDocument::Kind kind) const;
    // Writes the document as a PDF (what the PDF menu does once a file is chosen); false, with
    // the message shown, when it cannot.
    bool exportPdf(PlanDocument::Kind kind, const QString &path);
    void printPreview(PlanDocument::Kind kind);

Q_SIGNALS:
    // A plan was saved, approved, revised or consented: history views refresh.
    void planChanged();

private:
    void load();
    void show(const clinic::PlanView &view);
    // Runs one service call; shows its refusal, reloads either way.
    void act(const std::function<void()> &action);
    void saveChoices();
    void approve();
    void overrideSelected();
    void removeSelectedOverride();
    qint64 storedDraftId(); // saves the proposal first when nothing is stored yet

    clinic::Services &m_services;
    clinic::ActingUser m_user;
    records::PatientRecord m_patient;
    records::ConsultationRecord m_consultation;
    std::string m_lang;
    std::optional<clinic::PlanView> m_view;
    QComboBox *m_request, *m_protocol;
    QLabel *m_status, *m_bounds, *m_problem;
    QSpinBox *m_sessions, *m_interval;
    QLineEdit *m_deviation;
    QListWidget *m_findings;
    QPushButton *m_override, *m_removeOverride, *m_approve, *m_revise, *m_consent, *m_print, *m_pdf;
    QTextBrowser *m_details;
};

} // namespace meso::ui
