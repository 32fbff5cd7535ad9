#pragma once

#include "clinic/actinguser.h"
#include "clinic/sessionservice.h"
#include "clinic/stockservice.h"
#include "core/catalog.h"

#include <QDialog>

#include <map>
#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

class BodyMapWidget;

// "Record session": the practitioner's record of a checked-in appointment, pre-filled from the
// approved plan (technique, depth, needle, one line per planned ingredient from the lot that
// expires first). Each line is an area, a lot and the volume injected there. Deviations from the
// plan appear as the lines change, each with a field for its reason; "Sign and save" records
// the session and completes the appointment, or shows why it cannot (nothing is saved then).
class SessionDialog : public QDialog
{
    Q_OBJECT
public:
    // Throws what SessionService::start throws (not checked in, not allowed).
    SessionDialog(clinic::Services &services, const clinic::ActingUser &user, qint64 appointmentId,
                  QWidget *parent = nullptr);
    // "Amend session": the signed record `original`, to correct; saving needs the reason and
    // keeps the original beside the amendment.
    SessionDialog(clinic::Services &services, const clinic::ActingUser &user,
                  const records::SessionRecord &original, QWidget *parent = nullptr);
    ~SessionDialog() override;

    // For tests and for the form itself.
    int lineCount() const;
    void addLine(const QString &area, qint64 lotId, double volumeMl);
    void setLine(int row, const QString &area, qint64 lotId, double volumeMl);
    void removeLine(int row);
    void setTechnique(const QString &technique);
    void setPain(int pain);
    void setAmendmentReason(const QString &reason);
    QStringList deviationKeys() const;
    void setReason(const QString &deviationKey, const QString &reason);
    // Records the session; false, with the reason shown, when it is refused.
    bool save();
    QString message() const;
    const records::SessionRecord &recorded() const { return m_recorded; }
    BodyMapWidget *bodyMap() const { return m_bodyMap; }

private:
    SessionDialog(clinic::Services &services, const clinic::ActingUser &user,
                  clinic::SessionStart start, std::optional<records::SessionRecord> original,
                  QWidget *parent);
    records::SessionRecord draft() const;
    void updateDeviations();

    clinic::Services &m_services;
    clinic::ActingUser m_user;
    std::string m_lang;
    std::shared_ptr<const core::Catalog> m_catalog;
    clinic::SessionStart m_start;
    std::optional<records::SessionRecord> m_original; // when amending
    std::vector<clinic::LotStatus> m_lots;            // usable today
    std::map<QString, QString> m_reasons; // by deviation key, kept while the lines change
    QComboBox *m_technique;
    QDoubleSpinBox *m_depthMin, *m_depthMax;
    QLineEdit *m_needle;
    QSpinBox *m_pain;
    QComboBox *m_gaisPatient, *m_gaisPractitioner;
    QPlainTextEdit *m_notes;
    QLineEdit *m_amendReason = nullptr;
    QTableWidget *m_lines;
    QTableWidget *m_deviations;
    BodyMapWidget *m_bodyMap;
    QLabel *m_message;
    QPushButton *m_save;
    records::SessionRecord m_recorded;
};

} // namespace meso::ui
