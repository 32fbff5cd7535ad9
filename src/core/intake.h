#pragma once

#include "catalog.h"
#include "date.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace meso::core {

// Bad intake input: one line naming the field path and what was expected, e.g.
// `intake.patient.birth_date: expected YYYY-MM-DD, got "1990-13-01"`.
class IntakeError : public std::runtime_error
{
public:
    IntakeError(const std::string &field, const std::string &message)
        : std::runtime_error(field + ": " + message), m_field(field), m_message(message)
    {
    }
    const std::string &field() const { return m_field; }
    const std::string &message() const { return m_message; }

private:
    std::string m_field, m_message;
};

struct Request
{
    std::string indication, area;
    // The protocol the practitioner chose among those serving the request; empty for the
    // best-ranked one. Not part of the intake format: set by the plan editor, not parsed.
    std::string protocol = {};

    friend bool operator==(const Request &, const Request &) = default;
};

struct SiteCondition
{
    std::string condition, area;

    friend bool operator==(const SiteCondition &, const SiteCondition &) = default;
};

struct MedicationEntry
{
    std::string name;
    std::optional<Date> stopped;

    friend bool operator==(const MedicationEntry &, const MedicationEntry &) = default;
};

struct RecentTreatment
{
    std::string treatment, area;
    Date date;

    friend bool operator==(const RecentTreatment &, const RecentTreatment &) = default;
};

// What a consultation records (headless contract, "Intake").
struct Intake
{
    Date birthDate;
    std::string sex; // empty when not given
    std::optional<int> fitzpatrick;
    Date date;
    std::vector<Request> requests;
    std::vector<std::string> conditions;
    std::vector<SiteCondition> siteConditions;
    std::vector<MedicationEntry> medications;
    std::vector<std::string> allergies;
    std::vector<RecentTreatment> recentTreatments;

    friend bool operator==(const Intake &, const Intake &) = default;
};

// How complete an intake must be: a signed consultation's is complete; a draft's may have no
// request yet (every value it has is checked all the same).
enum class IntakeCheck
{
    Complete,
    Draft
};

// Parses and checks an intake against the catalog's vocabulary; throws IntakeError.
Intake parseIntake(const nlohmann::json &doc, const Catalog &catalog,
                   IntakeCheck check = IntakeCheck::Complete);
// The intake as the headless contract writes it, in its key order: parseIntake(toJson(x)) == x.
nlohmann::ordered_json toJson(const Intake &intake);
// Only the JSON syntax (no catalog needed): lets a caller refuse unparsable input before it
// opens anything.
nlohmann::json parseIntakeJson(const std::string &text);
Intake parseIntakeText(const std::string &text, const Catalog &catalog);

} // namespace meso::core
