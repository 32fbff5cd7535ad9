#include "intake.h"

#include "jsontext.h"

#include <algorithm>
#include <set>

namespace meso::core {

namespace {

std::string shown(const nlohmann::json &j)
{
    std::string s = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (s.size() > 60)
        s = s.substr(0, 57) + "...";
    return s;
}

void requireObject(const nlohmann::json &j, const std::string &path,
                   const std::vector<std::string> &keys)
{
    if (!j.is_object())
        throw IntakeError(path, "expected an object, got " + detail::describe(j));
    for (const auto &[k, v] : j.items()) {
        if (std::find(keys.begin(), keys.end(), k) == keys.end()) {
            std::string list;
            for (const auto &key : keys)
                list += (list.empty() ? "" : ", ") + key;
            throw IntakeError(path + "." + k, "unknown field (expected one of " + list + ")");
        }
    }
}

Date date(const nlohmann::json &j, const std::string &path)
{
    if (j.is_string()) {
        if (const auto d = Date::parse(j.get<std::string>()))
            return *d;
    }
    throw IntakeError(path, "expected YYYY-MM-DD, got " + shown(j));
}

std::string text(const nlohmann::json &j, const std::string &path)
{
    if (!j.is_string())
        throw IntakeError(path, "expected a string, got " + detail::describe(j));
    std::string s = j.get<std::string>();
    if (s.find_first_not_of(" \t\r\n") == std::string::npos)
        throw IntakeError(path, "expected a non-empty name");
    if (s.size() > 200)
        throw IntakeError(path, "expected at most 200 characters, got " + std::to_string(s.size()));
    return s;
}

template <typename T>
std::string idOf(const nlohmann::json &j, const std::string &path, const std::vector<T> &known,
                 const std::string &what)
{
    if (j.is_string()) {
        const std::string s = j.get<std::string>();
        for (const auto &e : known) {
            if (e.id == s)
                return s;
        }
    }
    std::string list;
    for (const auto &e : known)
        list += (list.empty() ? "" : ", ") + e.id;
    throw IntakeError(path, "expected " + what + " (one of " + list + "), got " + shown(j));
}

const nlohmann::json &arrayAt(const nlohmann::json &doc, const char *key, const std::string &path)
{
    static const nlohmann::json empty = nlohmann::json::array();
    const auto it = doc.find(key);
    if (it == doc.end() || it->is_null())
        return empty;
    if (!it->is_array())
        throw IntakeError(path, "expected an array, got " + detail::describe(*it));
    return *it;
}

std::string at(const std::string &path, size_t i)
{
    return path + "[" + std::to_string(i) + "]";
}

} // namespace

Intake parseIntake(const nlohmann::json &doc, const Catalog &c, IntakeCheck check)
{
    requireObject(doc, "intake",
                  {"patient", "date", "requests", "conditions", "site_conditions", "medications",
                   "allergies", "recent_treatments"});
    Intake in;
    if (!doc.contains("patient"))
        throw IntakeError("intake.patient", "required field is missing");
    const auto &patient = doc["patient"];
    requireObject(patient, "intake.patient", {"birth_date", "sex", "fitzpatrick"});
    if (!patient.contains("birth_date"))
        throw IntakeError("intake.patient.birth_date",
                          "required field is missing (expected YYYY-MM-DD)");
    in.birthDate = date(patient["birth_date"], "intake.patient.birth_date");
    if (patient.contains("sex") && !patient["sex"].is_null()) {
        const auto &s = patient["sex"];
        if (!s.is_string() || (s != "female" && s != "male" && s != "other"))
            throw IntakeError("intake.patient.sex",
                              "expected female, male or other, got " + shown(s));
        in.sex = s.get<std::string>();
    }
    if (patient.contains("fitzpatrick") && !patient["fitzpatrick"].is_null()) {
        const auto &f = patient["fitzpatrick"];
        if (!f.is_number_integer() || f.get<std::int64_t>() < 1 || f.get<std::int64_t>() > 6)
            throw IntakeError("intake.patient.fitzpatrick",
                              "expected a whole number from 1 to 6, got " + shown(f));
        in.fitzpatrick = f.get<int>();
    }
    if (!doc.contains("date"))
        throw IntakeError("intake.date", "required field is missing (expected YYYY-MM-DD)");
    in.date = date(doc["date"], "intake.date");
    if (in.birthDate > in.date)
        throw IntakeError("intake.patient.birth_date",
                          "expected a date on or before the consultation date " +
                              in.date.toString() + ", got \"" + in.birthDate.toString() + "\"");
    if (ageInYears(in.birthDate, in.date) > 130)
        throw IntakeError("intake.patient.birth_date",
                          "expected an age of at most 130 years, got \"" + in.birthDate.toString() +
                              "\"");

    if (!doc.contains("requests") && check == IntakeCheck::Complete)
        throw IntakeError("intake.requests",
                          "required field is missing (expected at least one request)");
    const auto &requests = arrayAt(doc, "requests", "intake.requests");
    if (requests.empty() && check == IntakeCheck::Complete)
        throw IntakeError("intake.requests", "expected at least one request");
    for (size_t i = 0; i < requests.size(); ++i) {
        const std::string p = at("intake.requests", i);
        requireObject(requests[i], p, {"indication", "area"});
        if (!requests[i].contains("indication"))
            throw IntakeError(p + ".indication", "required field is missing");
        if (!requests[i].contains("area"))
            throw IntakeError(p + ".area", "required field is missing");
        Request r{
            idOf(requests[i]["indication"], p + ".indication", c.indications, "an indication"),
            idOf(requests[i]["area"], p + ".area", c.areas, "an area")};
        for (size_t k = 0; k < in.requests.size(); ++k) {
            if (in.requests[k].indication == r.indication && in.requests[k].area == r.area)
                throw IntakeError(p, "duplicate of intake.requests[" + std::to_string(k) + "]");
        }
        in.requests.push_back(r);
    }

    const auto &conditions = arrayAt(doc, "conditions", "intake.conditions");
    for (size_t i = 0; i < conditions.size(); ++i)
        in.conditions.push_back(
            idOf(conditions[i], at("intake.conditions", i), c.conditions, "a condition"));

    const auto &sites = arrayAt(doc, "site_conditions", "intake.site_conditions");
    for (size_t i = 0; i < sites.size(); ++i) {
        const std::string p = at("intake.site_conditions", i);
        requireObject(sites[i], p, {"condition", "area"});
        if (!sites[i].contains("condition"))
            throw IntakeError(p + ".condition", "required field is missing");
        if (!sites[i].contains("area"))
            throw IntakeError(p + ".area", "required field is missing");
        in.siteConditions.push_back(
            {idOf(sites[i]["condition"], p + ".condition", c.siteConditions, "a site condition"),
             idOf(sites[i]["area"], p + ".area", c.areas, "an area")});
    }

    const auto &meds = arrayAt(doc, "medications", "intake.medications");
    for (size_t i = 0; i < meds.size(); ++i) {
        const std::string p = at("intake.medications", i);
        MedicationEntry m;
        if (meds[i].is_object()) {
            requireObject(meds[i], p, {"name", "stopped"});
            if (!meds[i].contains("name"))
                throw IntakeError(p + ".name", "required field is missing");
            m.name = text(meds[i]["name"], p + ".name");
            if (meds[i].contains("stopped") && !meds[i]["stopped"].is_null())
                m.stopped = date(meds[i]["stopped"], p + ".stopped");
        } else if (meds[i].is_string()) {
            m.name = text(meds[i], p);
        } else {
            throw IntakeError(
                p, "expected a medication name or {\"name\": ..., \"stopped\": YYYY-MM-DD}, got " +
                       detail::describe(meds[i]));
        }
        in.medications.push_back(m);
    }

    const auto &allergies = arrayAt(doc, "allergies", "intake.allergies");
    for (size_t i = 0; i < allergies.size(); ++i)
        in.allergies.push_back(text(allergies[i], at("intake.allergies", i)));

    const auto &recent = arrayAt(doc, "recent_treatments", "intake.recent_treatments");
    for (size_t i = 0; i < recent.size(); ++i) {
        const std::string p = at("intake.recent_treatments", i);
        requireObject(recent[i], p, {"treatment", "area", "date"});
        for (const char *k : {"treatment", "area", "date"}) {
            if (!recent[i].contains(k))
                throw IntakeError(p + "." + k, "required field is missing");
        }
        RecentTreatment t{
            idOf(recent[i]["treatment"], p + ".treatment", c.treatments, "a treatment"),
            idOf(recent[i]["area"], p + ".area", c.areas, "an area"),
            date(recent[i]["date"], p + ".date")};
        if (t.date > in.date)
            throw IntakeError(p + ".date", "expected a date on or before the consultation date " +
                                               in.date.toString() + ", got \"" + t.date.toString() +
                                               "\"");
        in.recentTreatments.push_back(t);
    }
    return in;
}

nlohmann::ordered_json toJson(const Intake &in)
{
    nlohmann::ordered_json j;
    j["patient"]["birth_date"] = in.birthDate.toString();
    if (!in.sex.empty())
        j["patient"]["sex"] = in.sex;
    if (in.fitzpatrick)
        j["patient"]["fitzpatrick"] = *in.fitzpatrick;
    j["date"] = in.date.toString();
    j["requests"] = nlohmann::ordered_json::array();
    for (const Request &r : in.requests)
        j["requests"].push_back({{"indication", r.indication}, {"area", r.area}});
    j["conditions"] = in.conditions;
    j["site_conditions"] = nlohmann::ordered_json::array();
    for (const SiteCondition &s : in.siteConditions)
        j["site_conditions"].push_back({{"condition", s.condition}, {"area", s.area}});
    j["medications"] = nlohmann::ordered_json::array();
    for (const MedicationEntry &m : in.medications) {
        if (m.stopped)
            j["medications"].push_back({{"name", m.name}, {"stopped", m.stopped->toString()}});
        else
            j["medications"].push_back(m.name);
    }
    j["allergies"] = in.allergies;
    j["recent_treatments"] = nlohmann::ordered_json::array();
    for (const RecentTreatment &t : in.recentTreatments)
        j["recent_treatments"].push_back(
            {{"treatment", t.treatment}, {"area", t.area}, {"date", t.date.toString()}});
    return j;
}

nlohmann::json parseIntakeJson(const std::string &text)
{
    nlohmann::json doc;
    std::string error;
    if (!parseJsonText(text, doc, error))
        throw IntakeError("intake", "expected a JSON object: " + error);
    return doc;
}

Intake parseIntakeText(const std::string &text, const Catalog &catalog)
{
    return parseIntake(parseIntakeJson(text), catalog);
}

} // namespace meso::core
