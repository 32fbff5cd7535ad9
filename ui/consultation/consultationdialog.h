#pragma once

#include "clinic/actinguser.h"
#include "records/consultationrecord.h"
#include "records/patientrecord.h"

#include <nlohmann/json.hpp>

#include <QDialog>

#include <memory>
#include <optional>

class QListWidget;
class QPushButton;
class QTimer;

namespace Ui {
class ConsultationDialog;
}

namespace meso::core {
struct Assessment;
struct Catalog;
} // namespace meso::core

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

class BodyMapWidget;
class IntakeModel;
class PlanPanel;

// A consultation of one patient: the whole intake of the headless contract on the left, and
// beside it the live screening, redone on every change (one card per finding, coloured by
// severity). Save keeps a draft; Sign makes it read-only; a signed consultation is corrected
// by an amendment (a new consultation), and both are kept.
class ConsultationDialog : public QDialog
{
    Q_OBJECT
public:
    ConsultationDialog(clinic::Services &services, clinic::ActingUser user,
                       records::PatientRecord patient,
                       std::optional<records::ConsultationRecord> consultation,
                       QWidget *parent = nullptr);
    ~ConsultationDialog() override;

    // The intake the form describes (may be incomplete while a draft).
    nlohmann::json intake() const;
    const records::ConsultationRecord &consultation() const { return m_record; }
    QString problem() const;
    QString verdictText() const;
    // The finding cards shown: "severity|rule id" per card, in order.
    QStringList findingCards() const;
    // The plans tab as plain text.
    QString plansText() const;
    QPushButton *signButton() const { return m_sign; }
    QPushButton *saveButton() const { return m_save; }
    // The plan editor of a signed consultation (on the Plans tab; hidden while a draft).
    PlanPanel *planPanel() const { return m_planPanel; }
    BodyMapWidget *bodyMap() const { return m_bodyMap; }

Q_SIGNALS:
    // The consultation was saved, signed or amended, or one of its plans changed.
    void changed();

public:
    // Writes the plan and quote as a PDF (what "Plan as PDF…" does once a file is chosen);
    // false, with the message shown, when there is no plan yet or the file cannot be written.
    bool exportPlanPdf(const QString &path);
    // Screens the form now rather than on the next turn of the event loop.
    void screenNow();

private:
    void fillVocabulary();
    void load();
    void showModel();
    void connectChanges();
    void scheduleScreening();
    void showScreening();
    void showPlans(const core::Assessment &a);
    bool save();
    void signOrAmend();
    void setReadOnly(bool readOnly);

    void setUpBodyMap();
    void fitSmallScreens();
    void showBodyMapMarks();
    void bodyMapMenu(const QString &area, const QPoint &globalPos);

    std::unique_ptr<Ui::ConsultationDialog> m_ui;
    clinic::Services &m_services;
    clinic::ActingUser m_user;
    records::PatientRecord m_patient;
    records::ConsultationRecord m_record;
    std::shared_ptr<const core::Catalog> m_catalog;
    std::string m_lang;
    IntakeModel *m_model = nullptr;
    bool m_unreadable = false; // the stored intake could not be read: never saved over
    QPushButton *m_save = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QTimer *m_screenTimer = nullptr;
    PlanPanel *m_planPanel = nullptr;
    BodyMapWidget *m_bodyMap = nullptr;
};

} // namespace meso::ui
