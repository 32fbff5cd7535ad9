#include "consultationdialog.h"

#include "ui_consultationdialog.h"

#include "catalogtext.h"
#include "plandocument.h"

#include "bodymapwidget.h"
#include "planpanel.h"

#include "clinic/services.h"
#include "clinic/validationerror.h"
#include "core/engine.h"
#include "core/intake.h"
#include "records/consultationrecord.h"
#include "records/patientrecord.h"
#include "records/storeerror.h"

#include <QCompleter>
#include <QFileDialog>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace meso::ui {

namespace {

std::string ss(const QString &s)
{
    return s.toStdString();
}

// Background and border of a finding card, by severity.
QString cardStyle(const std::string &severity)
{
    if (severity == "absolute")
        return QStringLiteral("QFrame#finding { background: #fde2e2; border: 1px solid #b00020; "
                              "border-radius: 4px; }");
    if (severity == "relative")
        return QStringLiteral("QFrame#finding { background: #fff1d6; border: 1px solid #a15c00; "
                              "border-radius: 4px; }");
    return QStringLiteral(
        "QFrame#finding { background: #e3effd; border: 1px solid #1f5fa8; border-radius: 4px; }");
}

} // namespace

ConsultationDialog::ConsultationDialog(clinic::Services &services, clinic::ActingUser user,
                                       records::PatientRecord patient,
                                       std::optional<records::ConsultationRecord> consultation,
                                       QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConsultationDialog>()), m_services(services),
      m_user(std::move(user)), m_patient(std::move(patient)), m_lang(ss(QLocale().name().left(2))),
      m_screenTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    resize(1480, 900); // the form, the body map and the screening side by side
    setWindowTitle(
        tr("Consultation: %1 %2").arg(m_patient.givenNames, m_patient.familyName.toUpper()));
    m_catalog = m_services.assessments.catalog(m_user);
    fillVocabulary();
    m_planPanel = new PlanPanel(m_services, m_user, m_patient, m_lang, m_ui->plansTab);
    m_ui->plansLayout->addWidget(m_planPanel);
    connect(m_planPanel, &PlanPanel::planChanged, this, &ConsultationDialog::changed);
    setUpBodyMap();
    // Action buttons, not an accept button: the button box would make that the default, and
    // Enter in the medication or allergy field (which adds the name) would also save.
    m_save = m_ui->buttons->addButton(tr("Save draft"), QDialogButtonBox::ActionRole);
    m_sign = m_ui->buttons->addButton(tr("Sign"), QDialogButtonBox::ActionRole);
    m_exportPdf = m_ui->buttons->addButton(tr("Plan as PDF…"), QDialogButtonBox::ActionRole);
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    if (consultation) {
        m_record = *consultation;
        load(nlohmann::json::parse(ss(m_record.intake), nullptr, false));
    } else {
        m_record.patientId = m_patient.id;
        m_record.date = QDate::currentDate();
        m_ui->date->setDate(m_record.date);
    }
    setReadOnly(m_record.signedOff());

    // Screening waits for the end of the current burst of changes (one turn of the event loop).
    m_screenTimer->setSingleShot(true);
    m_screenTimer->setInterval(0);
    connect(m_screenTimer, &QTimer::timeout, this, &ConsultationDialog::showScreening);
    connectChanges();
    connect(saveButton(), &QPushButton::clicked, this, [this] { save(); });
    connect(m_sign, &QPushButton::clicked, this, &ConsultationDialog::signOrAmend);
    connect(m_exportPdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the plan as PDF"),
            tr("plan-%1-%2.pdf")
                .arg(m_patient.familyName, m_ui->date->date().toString(Qt::ISODate)),
            tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            exportPlanPdf(path);
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showScreening();
}

ConsultationDialog::~ConsultationDialog() = default;

QString ConsultationDialog::problem() const
{
    return m_ui->problem->text();
}

QString ConsultationDialog::verdictText() const
{
    return m_ui->verdict->text();
}

QStringList ConsultationDialog::findingCards() const
{
    QStringList cards;
    for (const QFrame *card : m_ui->findings->findChildren<QFrame *>(QStringLiteral("finding")))
        cards << card->property("severity").toString() + QLatin1Char('|') +
                     card->property("rule").toString();
    return cards;
}

void ConsultationDialog::fillVocabulary()
{
    const core::Catalog &c = *m_catalog;
    for (const auto &i : c.indications)
        m_ui->indication->addItem(qs(i.name.in(m_lang)), qs(i.id));
    for (QComboBox *box : {m_ui->area, m_ui->siteArea, m_ui->treatmentArea}) {
        for (const auto &a : c.areas)
            box->addItem(qs(a.name.in(m_lang)), qs(a.id));
    }
    for (const auto &s : c.siteConditions)
        m_ui->siteCondition->addItem(qs(s.name.in(m_lang)), qs(s.id));
    for (const auto &t : c.treatments)
        m_ui->treatment->addItem(qs(t.name.in(m_lang)), qs(t.id));
    m_ui->fitzpatrick->addItem(tr("Not recorded"), 0);
    const char *types[] = {"I", "II", "III", "IV", "V", "VI"};
    for (int t = 1; t <= 6; ++t)
        m_ui->fitzpatrick->addItem(tr("Type %1").arg(QLatin1String(types[t - 1])), t);
    for (const auto &condition : c.conditions) {
        auto *item = new QListWidgetItem(qs(condition.name.in(m_lang)), m_ui->conditions);
        item->setData(Qt::UserRole, qs(condition.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_ui->treatmentDate->setDate(QDate::currentDate());

    // Completion from the catalog; any other name is kept as typed and flagged by screening.
    QStringList medications, allergies;
    for (const auto &m : c.medications) {
        medications << qs(m.name.in(m_lang));
        for (const auto &alias : m.aliases)
            medications << qs(alias);
    }
    for (const auto &a : c.allergens)
        allergies << qs(a.name.in(m_lang));
    for (const auto &g : c.allergenGroups)
        allergies << qs(g.name.in(m_lang));
    for (const auto &i : c.ingredients)
        allergies << qs(i.name.in(m_lang));
    for (auto [edit, words] :
         {std::pair{m_ui->medicationName, medications}, std::pair{m_ui->allergyName, allergies}}) {
        words.removeDuplicates();
        auto *completer = new QCompleter(words, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
}

void ConsultationDialog::setUpBodyMap()
{
    auto *group = new QGroupBox(tr("Body map"), this);
    auto *layout = new QVBoxLayout(group);
    m_bodyMap = new BodyMapWidget(group);
    QList<BodyMapArea> areas;
    for (const auto &a : m_catalog->areas)
        areas.append({qs(a.id), qs(a.name.in(m_lang))});
    m_bodyMap->setAreas(areas);
    layout->addWidget(m_bodyMap, 1);
    auto *hint =
        new QLabel(tr("Click an area to choose it in the form; double-click to add the request "
                      "there; right-click to mark a site condition."),
                   group);
    hint->setObjectName(QStringLiteral("bodyMapHint"));
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_ui->bodyLayout->insertWidget(1, group);

    auto choose = [this](const QString &id) {
        for (QComboBox *box : {m_ui->area, m_ui->siteArea, m_ui->treatmentArea})
            box->setCurrentIndex(box->findData(id));
    };
    connect(m_bodyMap, &BodyMapWidget::areaClicked, this, choose);
    connect(m_bodyMap, &BodyMapWidget::areaActivated, this, [this, choose](const QString &id) {
        choose(id);
        m_ui->addRequest->click();
    });
    connect(m_bodyMap, &BodyMapWidget::areaContextMenuRequested, this,
            &ConsultationDialog::bodyMapMenu);
    connect(m_ui->area, &QComboBox::currentIndexChanged, this,
            [this] { m_bodyMap->setCurrentArea(m_ui->area->currentData().toString()); });
    m_bodyMap->setCurrentArea(m_ui->area->currentData().toString());
}

void ConsultationDialog::showBodyMapMarks()
{
    QSet<QString> requested;
    for (int row = 0; row < m_ui->requests->count(); ++row)
        requested.insert(m_ui->requests->item(row)->data(Qt::UserRole).toStringList().value(1));
    QMap<QString, QStringList> conditions;
    for (int row = 0; row < m_ui->siteConditions->count(); ++row) {
        const QStringList d = m_ui->siteConditions->item(row)->data(Qt::UserRole).toStringList();
        conditions[d.value(1)] << nameOf(m_catalog->siteConditions, ss(d.value(0)), m_lang);
    }
    m_bodyMap->setRequestedAreas(requested);
    m_bodyMap->setSiteConditions(conditions);
}

void ConsultationDialog::bodyMapMenu(const QString &area, const QPoint &globalPos)
{
    if (m_record.signedOff())
        return;
    const QString areaName = nameOf(m_catalog->areas, ss(area), m_lang);
    QMenu menu(this);
    menu.addAction(tr("Add request: %1 at %2").arg(m_ui->indication->currentText(), areaName), this,
                   [this, area] {
                       m_ui->area->setCurrentIndex(m_ui->area->findData(area));
                       m_ui->addRequest->click();
                   });
    QMenu *mark = menu.addMenu(tr("Mark a site condition at %1").arg(areaName));
    for (const auto &c : m_catalog->siteConditions) {
        const QString name = qs(c.name.in(m_lang)), id = qs(c.id);
        mark->addAction(name, this, [this, name, id, area, areaName] {
            addUnique(m_ui->siteConditions, tr("%1 at %2").arg(name, areaName),
                      QStringList{id, area});
        });
    }
    for (int row = 0; row < m_ui->siteConditions->count(); ++row) {
        QListWidgetItem *item = m_ui->siteConditions->item(row);
        if (item->data(Qt::UserRole).toStringList().value(1) == area)
            menu.addAction(tr("Remove: %1").arg(item->text()), this, [item] { delete item; });
    }
    menu.exec(globalPos);
}

void ConsultationDialog::addUnique(QListWidget *list, const QString &text, const QVariant &data)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole) == data)
            return;
    }
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, data);
}

void ConsultationDialog::load(const nlohmann::json &intake)
{
    m_ui->date->setDate(m_record.date);
    if (!intake.is_object())
        return;
    const auto patient = intake.value("patient", nlohmann::json::object());
    if (patient.contains("fitzpatrick") && patient["fitzpatrick"].is_number_integer())
        m_ui->fitzpatrick->setCurrentIndex(std::clamp(patient["fitzpatrick"].get<int>(), 0, 6));
    auto text = [](const nlohmann::json &j, const char *key) {
        return j.contains(key) && j[key].is_string() ? qs(j[key].get<std::string>()) : QString();
    };
    for (const auto &r : intake.value("requests", nlohmann::json::array())) {
        const QString indication = text(r, "indication"), area = text(r, "area");
        addUnique(m_ui->requests,
                  tr("%1 at %2")
                      .arg(nameOf(m_catalog->indications, ss(indication), m_lang),
                           nameOf(m_catalog->areas, ss(area), m_lang)),
                  QStringList{indication, area});
    }
    const auto conditions = intake.value("conditions", nlohmann::json::array());
    for (int row = 0; row < m_ui->conditions->count(); ++row) {
        QListWidgetItem *item = m_ui->conditions->item(row);
        const bool checked = std::find(conditions.begin(), conditions.end(),
                                       ss(item->data(Qt::UserRole).toString())) != conditions.end();
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    for (const auto &s : intake.value("site_conditions", nlohmann::json::array())) {
        const QString condition = text(s, "condition"), area = text(s, "area");
        addUnique(m_ui->siteConditions,
                  tr("%1 at %2")
                      .arg(nameOf(m_catalog->siteConditions, ss(condition), m_lang),
                           nameOf(m_catalog->areas, ss(area), m_lang)),
                  QStringList{condition, area});
    }
    for (const auto &m : intake.value("medications", nlohmann::json::array())) {
        const QString name = m.is_string() ? qs(m.get<std::string>()) : text(m, "name");
        const QString stopped = m.is_object() ? text(m, "stopped") : QString();
        addUnique(m_ui->medications,
                  stopped.isEmpty() ? name : tr("%1 (stopped %2)").arg(name, stopped),
                  QStringList{name, stopped});
    }
    for (const auto &a : intake.value("allergies", nlohmann::json::array())) {
        if (a.is_string())
            addUnique(m_ui->allergies, qs(a.get<std::string>()), qs(a.get<std::string>()));
    }
    for (const auto &t : intake.value("recent_treatments", nlohmann::json::array())) {
        const QString treatment = text(t, "treatment"), area = text(t, "area"),
                      date = text(t, "date");
        addUnique(m_ui->treatments,
                  tr("%1 at %2 on %3")
                      .arg(nameOf(m_catalog->treatments, ss(treatment), m_lang),
                           nameOf(m_catalog->areas, ss(area), m_lang), date),
                  QStringList{treatment, area, date});
    }
}

nlohmann::json ConsultationDialog::intake() const
{
    nlohmann::json j = nlohmann::json::object();
    j["patient"]["birth_date"] = ss(m_patient.birthDate.toString(Qt::ISODate));
    if (!m_patient.sex.isEmpty())
        j["patient"]["sex"] = ss(m_patient.sex);
    if (const int type = m_ui->fitzpatrick->currentData().toInt(); type > 0)
        j["patient"]["fitzpatrick"] = type;
    j["date"] = ss(m_ui->date->date().toString(Qt::ISODate));
    auto pairs = [](const QListWidget *list, const char *first, const char *second) {
        nlohmann::json out = nlohmann::json::array();
        for (int row = 0; row < list->count(); ++row) {
            const QStringList d = list->item(row)->data(Qt::UserRole).toStringList();
            out.push_back({{first, ss(d.value(0))}, {second, ss(d.value(1))}});
        }
        return out;
    };
    j["requests"] = pairs(m_ui->requests, "indication", "area");
    nlohmann::json conditions = nlohmann::json::array();
    for (int row = 0; row < m_ui->conditions->count(); ++row) {
        if (m_ui->conditions->item(row)->checkState() == Qt::Checked)
            conditions.push_back(ss(m_ui->conditions->item(row)->data(Qt::UserRole).toString()));
    }
    j["conditions"] = conditions;
    j["site_conditions"] = pairs(m_ui->siteConditions, "condition", "area");
    nlohmann::json medications = nlohmann::json::array();
    for (int row = 0; row < m_ui->medications->count(); ++row) {
        const QStringList d = m_ui->medications->item(row)->data(Qt::UserRole).toStringList();
        if (d.value(1).isEmpty())
            medications.push_back(ss(d.value(0)));
        else
            medications.push_back({{"name", ss(d.value(0))}, {"stopped", ss(d.value(1))}});
    }
    j["medications"] = medications;
    nlohmann::json allergies = nlohmann::json::array();
    for (int row = 0; row < m_ui->allergies->count(); ++row)
        allergies.push_back(ss(m_ui->allergies->item(row)->data(Qt::UserRole).toString()));
    j["allergies"] = allergies;
    nlohmann::json treatments = nlohmann::json::array();
    for (int row = 0; row < m_ui->treatments->count(); ++row) {
        const QStringList d = m_ui->treatments->item(row)->data(Qt::UserRole).toStringList();
        treatments.push_back(
            {{"treatment", ss(d.value(0))}, {"area", ss(d.value(1))}, {"date", ss(d.value(2))}});
    }
    j["recent_treatments"] = treatments;
    return j;
}

void ConsultationDialog::connectChanges()
{
    auto changed = [this] { scheduleScreening(); };
    connect(m_ui->date, &QDateEdit::dateChanged, this, changed);
    connect(m_ui->fitzpatrick, &QComboBox::currentIndexChanged, this, changed);
    for (QListWidget *list : {m_ui->requests, m_ui->conditions, m_ui->siteConditions,
                              m_ui->medications, m_ui->allergies, m_ui->treatments}) {
        connect(list->model(), &QAbstractItemModel::rowsInserted, this, changed);
        connect(list->model(), &QAbstractItemModel::rowsRemoved, this, changed);
        connect(list->model(), &QAbstractItemModel::dataChanged, this, changed);
    }
    auto removeCurrent = [](QListWidget *list) { delete list->currentItem(); };
    connect(m_ui->addRequest, &QPushButton::clicked, this, [this] {
        addUnique(m_ui->requests,
                  tr("%1 at %2").arg(m_ui->indication->currentText(), m_ui->area->currentText()),
                  QStringList{m_ui->indication->currentData().toString(),
                              m_ui->area->currentData().toString()});
    });
    connect(m_ui->removeRequest, &QPushButton::clicked, this,
            [=, this] { removeCurrent(m_ui->requests); });
    connect(m_ui->addSite, &QPushButton::clicked, this, [this] {
        addUnique(
            m_ui->siteConditions,
            tr("%1 at %2").arg(m_ui->siteCondition->currentText(), m_ui->siteArea->currentText()),
            QStringList{m_ui->siteCondition->currentData().toString(),
                        m_ui->siteArea->currentData().toString()});
    });
    connect(m_ui->removeSite, &QPushButton::clicked, this,
            [=, this] { removeCurrent(m_ui->siteConditions); });
    auto addName = [](QLineEdit *edit, QListWidget *list, bool medication) {
        const QString name = edit->text().simplified();
        if (name.isEmpty())
            return;
        addUnique(list, name, medication ? QVariant(QStringList{name, QString()}) : QVariant(name));
        edit->clear();
    };
    connect(m_ui->addMedication, &QPushButton::clicked, this,
            [=, this] { addName(m_ui->medicationName, m_ui->medications, true); });
    connect(m_ui->medicationName, &QLineEdit::returnPressed, this,
            [=, this] { addName(m_ui->medicationName, m_ui->medications, true); });
    connect(m_ui->removeMedication, &QPushButton::clicked, this,
            [=, this] { removeCurrent(m_ui->medications); });
    connect(m_ui->addAllergy, &QPushButton::clicked, this,
            [=, this] { addName(m_ui->allergyName, m_ui->allergies, false); });
    connect(m_ui->allergyName, &QLineEdit::returnPressed, this,
            [=, this] { addName(m_ui->allergyName, m_ui->allergies, false); });
    connect(m_ui->removeAllergy, &QPushButton::clicked, this,
            [=, this] { removeCurrent(m_ui->allergies); });
    connect(m_ui->addTreatment, &QPushButton::clicked, this, [this] {
        const QString date = m_ui->treatmentDate->date().toString(Qt::ISODate);
        addUnique(
            m_ui->treatments,
            tr("%1 at %2 on %3")
                .arg(m_ui->treatment->currentText(), m_ui->treatmentArea->currentText(), date),
            QStringList{m_ui->treatment->currentData().toString(),
                        m_ui->treatmentArea->currentData().toString(), date});
    });
    connect(m_ui->removeTreatment, &QPushButton::clicked, this,
            [=, this] { removeCurrent(m_ui->treatments); });
}

void ConsultationDialog::scheduleScreening()
{
    m_screenTimer->start();
}

void ConsultationDialog::screenNow()
{
    m_screenTimer->stop();
    showScreening();
}

void ConsultationDialog::showScreening()
{
    QLayout *layout = m_ui->findings->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_ui->plans->clear();
    showBodyMapMarks();
    const nlohmann::json j = intake();
    if (j["requests"].empty()) {
        m_ui->verdict->setText(tr("Add a treatment request to see the screening."));
        return;
    }
    core::Assessment a;
    try {
        a = m_services.assessments.assess(m_user, j, m_lang);
    } catch (const core::IntakeError &e) {
        m_ui->verdict->setText(tr("Cannot screen yet: %1").arg(qs(e.what())));
        return;
    }
    showPlans(a);
    QStringList lines{tr("Overall: %1").arg(PlanDocument::stateName(a.verdict))};
    for (const auto &r : a.requests) {
        lines << tr("%1 at %2: %3")
                     .arg(nameOf(m_catalog->indications, r.request.indication, m_lang),
                          nameOf(m_catalog->areas, r.request.area, m_lang),
                          PlanDocument::stateName(r.verdict));
    }
    m_ui->verdict->setText(lines.join(QLatin1Char('\n')));
    for (const core::Finding &f : a.findings) {
        const std::string severity = core::severityName(f.rule->severity);
        auto *card = new QFrame(m_ui->findings);
        card->setObjectName(QStringLiteral("finding"));
        card->setProperty("severity", qs(severity));
        card->setProperty("rule", qs(f.rule->id));
        card->setStyleSheet(cardStyle(severity));
        auto *box = new QVBoxLayout(card);
        QString where;
        if (!f.area.empty())
            where = tr("at %1").arg(nameOf(m_catalog->areas, f.area, m_lang));
        else if (!f.ingredient.empty())
            where = tr("ingredient %1").arg(nameOf(m_catalog->ingredients, f.ingredient, m_lang));
        else
            where = tr("patient");
        const QString title = severity == "absolute" ? tr("Absolute: blocks the request")
                              : severity == "relative"
                                  ? tr("Relative: proceed only with a documented reason")
                                  : tr("Caution");
        for (const QString &text : {title + QStringLiteral(" · ") + where, qs(f.message),
                                    tr("Source: %1").arg(qs(f.rule->source))}) {
            auto *label = new QLabel(text, card);
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            box->addWidget(label);
        }
        layout->addWidget(card);
    }
    static_cast<QVBoxLayout *>(layout)->addStretch(1);
}

void ConsultationDialog::showPlans(const core::Assessment &a)
{
    m_ui->plans->setHtml(PlanDocument::plansHtml(a, *m_catalog, m_lang));
}

bool ConsultationDialog::exportPlanPdf(const QString &path)
{
    m_ui->problem->clear();
    try {
        const core::Assessment a = m_services.assessments.assess(m_user, intake(), m_lang);
        const clinic::ClinicProfile clinic = m_services.profile.profile(m_user);
        const auto document = PlanDocument::document(
            PlanDocument::printableHtml(clinic, m_patient, m_ui->date->date(), a, *m_catalog,
                                        m_lang),
            clinic);
        PlanDocument::writePdf(
            *document, tr("Treatment plan: %1 %2").arg(m_patient.givenNames, m_patient.familyName),
            path);
    } catch (const core::IntakeError &e) {
        m_ui->problem->setText(tr("No plan to print yet: %1").arg(qs(e.what())));
        return false;
    } catch (const std::runtime_error &e) {
        m_ui->problem->setText(qs(e.what()));
        return false;
    }
    return true;
}

QString ConsultationDialog::plansText() const
{
    return m_ui->plans->toPlainText();
}

bool ConsultationDialog::save()
{
    m_ui->problem->clear();
    records::ConsultationRecord c = m_record;
    c.date = m_ui->date->date();
    c.intake = qs(intake().dump());
    try {
        m_record = m_services.consultations.saveDraft(m_user, c);
    } catch (const clinic::ValidationError &e) {
        m_ui->problem->setText(tr("Not saved: %1: %2").arg(e.field(), e.message()));
        return false;
    } catch (const clinic::PermissionError &e) {
        m_ui->problem->setText(tr("Not saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    } catch (
        const records::StoreError &e) { // a full or read-only disk: the form keeps what was typed
        m_ui->problem->setText(tr("Not saved: %1").arg(e.message()));
        return false;
    }
    setReadOnly(m_record.signedOff());
    Q_EMIT changed();
    return true;
}

void ConsultationDialog::signOrAmend()
{
    m_ui->problem->clear();
    try {
        if (m_record.signedOff()) {
            m_record = m_services.consultations.amend(m_user, m_record.id);
        } else {
            records::ConsultationRecord c = m_record;
            c.date = m_ui->date->date();
            c.intake = qs(intake().dump());
            m_record = m_services.consultations.sign(m_user, c);
        }
    } catch (const clinic::ValidationError &e) {
        m_ui->problem->setText(tr("Not signed: %1: %2").arg(e.field(), e.message()));
        return;
    } catch (const clinic::PermissionError &e) {
        m_ui->problem->setText(tr("Not signed: %1").arg(QString::fromUtf8(e.what())));
        return;
    } catch (const records::StoreError &e) {
        m_ui->problem->setText(tr("Not signed: %1").arg(e.message()));
        return;
    }
    setReadOnly(m_record.signedOff());
    Q_EMIT changed();
}

void ConsultationDialog::setReadOnly(bool readOnly)
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->date), static_cast<QWidget *>(m_ui->fitzpatrick),
          static_cast<QWidget *>(m_ui->requestsGroup), static_cast<QWidget *>(m_ui->historyGroup),
          static_cast<QWidget *>(m_ui->siteGroup), static_cast<QWidget *>(m_ui->medicationsGroup),
          static_cast<QWidget *>(m_ui->allergiesGroup),
          static_cast<QWidget *>(m_ui->treatmentsGroup)})
        w->setEnabled(!readOnly);
    saveButton()->setEnabled(!readOnly);
    if (m_bodyMap) {
        m_bodyMap->setEnabled(!readOnly);
        if (readOnly)
            findChild<QLabel *>(QStringLiteral("bodyMapHint"))
                ->setText(tr("The requested areas and the site conditions, as signed."));
    }
    // A draft shows the rules' proposals for every request; a signed consultation's plans are
    // finalised, approved and printed in the plan panel.
    m_ui->plans->setVisible(!readOnly);
    m_exportPdf->setVisible(!readOnly);
    m_planPanel->setVisible(readOnly);
    if (readOnly)
        m_planPanel->setConsultation(m_record);
    m_sign->setText(readOnly ? tr("Amend") : tr("Sign"));
    if (readOnly)
        m_ui->statusLabel->setText(
            tr("Signed %1: read-only")
                .arg(QLocale().toString(m_record.signedAt.toLocalTime(), QLocale::ShortFormat)));
    else if (m_record.amendsId)
        m_ui->statusLabel->setText(tr("Draft amending consultation %1").arg(m_record.amendsId));
    else
        m_ui->statusLabel->setText(m_record.id ? tr("Draft (saved)") : tr("New draft"));
}

} // namespace meso::ui
