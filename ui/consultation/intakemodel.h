#pragma once

#include "core/catalog.h"
#include "core/intake.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <string>

namespace meso::ui {

// The consultation form's intake: one core::Intake that the form's widgets show and edit. It is
// read from and written to the headless contract's JSON by the core alone (parseIntake, in draft
// mode, and toJson): the widgets hold no intake data of their own.
class IntakeModel : public QObject
{
    Q_OBJECT
public:
    IntakeModel(std::shared_ptr<const core::Catalog> catalog, std::string lang,
                QObject *parent = nullptr);

    // A stored intake (a draft's may have no request yet); throws core::IntakeError naming the
    // field when it cannot be read, leaving the model as it was.
    void load(const std::string &json);
    const core::Intake &intake() const { return m_intake; }
    nlohmann::ordered_json json() const { return core::toJson(m_intake); }

    void setPatient(const core::Date &birthDate, const std::string &sex);
    void setDate(const core::Date &date);
    void setFitzpatrick(std::optional<int> type);
    // Each add returns false, changing nothing, when the entry is there already.
    bool addRequest(const std::string &indication, const std::string &area);
    void setCondition(const std::string &condition, bool present);
    bool addSiteCondition(const std::string &condition, const std::string &area);
    bool addMedication(const std::string &name);
    bool addAllergy(const std::string &name);
    bool addTreatment(const std::string &treatment, const std::string &area,
                      const core::Date &date);
    enum class List
    {
        Requests,
        SiteConditions,
        Medications,
        Allergies,
        Treatments
    };
    void remove(List list, int row);

    // What each list shows, row by row, in the form's language.
    QStringList labels(List list) const;
    // "Skin rejuvenation at Face": a request as every screen names it.
    static QString requestLabel(const core::Request &r, const core::Catalog &catalog,
                                const std::string &lang);

Q_SIGNALS:
    void changed();

private:
    std::shared_ptr<const core::Catalog> m_catalog;
    std::string m_lang;
    core::Intake m_intake;
};

} // namespace meso::ui
