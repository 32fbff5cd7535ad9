#include "intakemodel.h"

#include "catalogtext.h"

#include <algorithm>

namespace meso::ui {

namespace {

template <typename T> bool addOnce(std::vector<T> &list, const T &item)
{
    if (std::find(list.begin(), list.end(), item) != list.end())
        return false;
    list.push_back(item);
    return true;
}

} // namespace

IntakeModel::IntakeModel(std::shared_ptr<const core::Catalog> catalog, std::string lang,
                         QObject *parent)
    : QObject(parent), m_catalog(std::move(catalog)), m_lang(std::move(lang))
{
}

void IntakeModel::load(const std::string &json)
{
    m_intake = core::parseIntake(core::parseIntakeJson(json), *m_catalog, core::IntakeCheck::Draft);
    Q_EMIT changed();
}

void IntakeModel::setPatient(const core::Date &birthDate, const std::string &sex)
{
    m_intake.birthDate = birthDate;
    m_intake.sex = sex;
    Q_EMIT changed();
}

void IntakeModel::setDate(const core::Date &date)
{
    if (m_intake.date == date)
        return;
    m_intake.date = date;
    Q_EMIT changed();
}

void IntakeModel::setFitzpatrick(std::optional<int> type)
{
    if (m_intake.fitzpatrick == type)
        return;
    m_intake.fitzpatrick = type;
    Q_EMIT changed();
}

bool IntakeModel::addRequest(const std::string &indication, const std::string &area)
{
    if (!addOnce(m_intake.requests, core::Request{indication, area}))
        return false;
    Q_EMIT changed();
    return true;
}

void IntakeModel::setCondition(const std::string &condition, bool present)
{
    auto &list = m_intake.conditions;
    const auto it = std::find(list.begin(), list.end(), condition);
    if (present == (it != list.end()))
        return;
    if (present)
        list.push_back(condition);
    else
        list.erase(it);
    Q_EMIT changed();
}

bool IntakeModel::addSiteCondition(const std::string &condition, const std::string &area)
{
    if (!addOnce(m_intake.siteConditions, core::SiteCondition{condition, area}))
        return false;
    Q_EMIT changed();
    return true;
}

bool IntakeModel::addMedication(const std::string &name)
{
    const bool known = std::any_of(m_intake.medications.begin(), m_intake.medications.end(),
                                   [&](const core::MedicationEntry &m) { return m.name == name; });
    if (known || name.empty())
        return false;
    m_intake.medications.push_back({name, std::nullopt});
    Q_EMIT changed();
    return true;
}

bool IntakeModel::addAllergy(const std::string &name)
{
    if (name.empty() || !addOnce(m_intake.allergies, name))
        return false;
    Q_EMIT changed();
    return true;
}

bool IntakeModel::addTreatment(const std::string &treatment, const std::string &area,
                               const core::Date &date)
{
    if (!addOnce(m_intake.recentTreatments, core::RecentTreatment{treatment, area, date}))
        return false;
    Q_EMIT changed();
    return true;
}

void IntakeModel::remove(List list, int row)
{
    auto erase = [row](auto &v) {
        if (row < 0 || static_cast<size_t>(row) >= v.size())
            return false;
        v.erase(v.begin() + row);
        return true;
    };
    bool removed = false;
    switch (list) {
    case List::Requests:
        removed = erase(m_intake.requests);
        break;
    case List::SiteConditions:
        removed = erase(m_intake.siteConditions);
        break;
    case List::Medications:
        removed = erase(m_intake.medications);
        break;
    case List::Allergies:
        removed = erase(m_intake.allergies);
        break;
    case List::Treatments:
        removed = erase(m_intake.recentTreatments);
        break;
    }
    if (removed)
        Q_EMIT changed();
}

QString IntakeModel::requestLabel(const core::Request &r, const core::Catalog &catalog,
                                  const std::string &lang)
{
    return tr("%1 at %2")
        .arg(nameOf(catalog.indications, r.indication, lang), nameOf(catalog.areas, r.area, lang));
}

QStringList IntakeModel::labels(List list) const
{
    const core::Catalog &c = *m_catalog;
    QStringList out;
    switch (list) {
    case List::Requests:
        for (const auto &r : m_intake.requests)
            out << requestLabel(r, c, m_lang);
        break;
    case List::SiteConditions:
        for (const auto &s : m_intake.siteConditions)
            out << tr("%1 at %2")
                       .arg(nameOf(c.siteConditions, s.condition, m_lang),
                            nameOf(c.areas, s.area, m_lang));
        break;
    case List::Medications:
        for (const auto &m : m_intake.medications)
            out << (m.stopped ? tr("%1 (stopped %2)").arg(qs(m.name), qs(m.stopped->toString()))
                              : qs(m.name));
        break;
    case List::Allergies:
        for (const auto &a : m_intake.allergies)
            out << qs(a);
        break;
    case List::Treatments:
        for (const auto &t : m_intake.recentTreatments)
            out << tr("%1 at %2 on %3")
                       .arg(nameOf(c.treatments, t.treatment, m_lang),
                            nameOf(c.areas, t.area, m_lang), qs(t.date.toString()));
        break;
    }
    return out;
}

} // namespace meso::ui
