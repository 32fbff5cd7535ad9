#include "patientspage.h"

#include "patienttablemodel.h"
#include "tableviews.h"

#include "clinic/patientservice.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace meso::ui {

namespace {
constexpr int kShownAtMost = 500;
}

PatientsPage::PatientsPage(clinic::PatientService &patients, clinic::ActingUser user, QWidget *parent)
    : QWidget(parent), m_patients(patients), m_user(std::move(user)), m_search(new QLineEdit(this)),
      m_count(new QLabel(this)), m_model(new PatientTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_search->setPlaceholderText(tr("Search by name, birth date or phone"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    auto *view = makeReadOnlyTable(m_model, PatientTableModel::Name, this);
    view->setWordWrap(false);
    layout->addWidget(view, 1);
    m_count->setTextFormat(Qt::PlainText);
    layout->addWidget(m_count);
    connect(m_search, &QLineEdit::textChanged, this, &PatientsPage::refresh);
    refresh();
}

void PatientsPage::refresh()
{
    m_model->setPatients(m_patients.search(m_user, m_search->text(), kShownAtMost));
    const qint64 total = m_patients.count(m_user);
    if (m_search->text().trimmed().isEmpty())
        m_count->setText(tr("%n patient(s)", nullptr, static_cast<int>(total)));
    else
        m_count->setText(tr("%1 found of %2").arg(m_model->rowCount()).arg(total));
}

} // namespace meso::ui
