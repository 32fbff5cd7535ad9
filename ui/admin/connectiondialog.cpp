#include "connectiondialog.h"

#include "plaintext.h"

#include "clinic/clinicdatabase.h"
#include "records/serveraddress.h"
#include "records/storeerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace meso::ui {

namespace {
const QStringList kSslModes = {QStringLiteral("verify-full"), QStringLiteral("verify-ca"),
                               QStringLiteral("require"), QStringLiteral("prefer"),
                               QStringLiteral("disable")};
} // namespace

ConnectionDialog::ConnectionDialog(const QString &current, QWidget *parent)
    : QDialog(parent), m_file(new QRadioButton(tr("&This computer: a database file"), this)),
      m_server(new QRadioButton(tr("A clinic &server (PostgreSQL), shared by several workstations"),
                                this)),
      m_path(new QLineEdit(this)), m_browse(new QPushButton(tr("&Browse…"), this)),
      m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_ssl(new QComboBox(this)), m_password(new QLineEdit(this)),
      m_hostLabel(new QLabel(tr("&Host:"), this)),
      m_databaseLabel(new QLabel(tr("&Database:"), this)),
      m_userLabel(new QLabel(tr("&User:"), this)), m_pathLabel(new QLabel(tr("&File:"), this)),
      m_test(new QPushButton(tr("T&est connection"), this)), m_result(plainLabel(QString(), this)),
      m_problem(this)
{
    setWindowTitle(tr("Database connection"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_host->setPlaceholderText(tr("clinic-server.local"));
    m_database->setPlaceholderText(QStringLiteral("mesoplan"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only to test; never saved"));
    const QStringList sslNames = {
        tr("Verify the server's certificate and name (verify-full)"),
        tr("Verify the server's certificate (verify-ca)"), tr("Encrypted (require)"),
        tr("Encrypted when the server offers it (prefer)"), tr("Not encrypted (disable)")};
    for (int i = 0; i < kSslModes.size(); ++i)
        m_ssl->addItem(sslNames.at(i), kSslModes.at(i));
    m_ssl->setCurrentIndex(kSslModes.indexOf(QStringLiteral("require")));
    m_result->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    auto *fileForm = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    m_pathLabel->setBuddy(m_path);
    fileForm->addRow(m_pathLabel, fileRow);
    layout->addLayout(fileForm);
    layout->addWidget(m_server);
    auto *serverForm = new QFormLayout;
    auto *portLabel = new QLabel(tr("&Port:"), this);
    auto *sslLabel = new QLabel(tr("&Security:"), this);
    auto *passwordLabel = new QLabel(tr("Pass&word:"), this);
    const std::pair<QLabel *, QWidget *> rows[] = {
        {m_hostLabel, m_host}, {portLabel, m_port}, {m_databaseLabel, m_database},
        {m_userLabel, m_user}, {sslLabel, m_ssl},   {passwordLabel, m_password}};
    for (const auto &[label, editor] : rows) {
        label->setBuddy(editor);
        serverForm->addRow(label, editor);
    }
    layout->addLayout(serverForm);
    layout->addWidget(plainLabel(
        tr("The password is never saved: MesoPlan asks for it when it starts, unless the "
           "libpq password file (~/.pgpass) holds it. The new database is used from the "
           "next start."),
        this));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    layout->addLayout(testRow);
    layout->addWidget(m_problem.label());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);

    connect(m_file, &QRadioButton::toggled, this, &ConnectionDialog::updateEnabled);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Database file"), m_path->text(), tr("MesoPlan databases (*.sqlite)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_path->setText(QDir::toNativeSeparators(file));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load(current);
}

void ConnectionDialog::load(const QString &location)
{
    if (!records::isServerAddress(location)) {
        m_file->setChecked(true);
        m_path->setText(QDir::toNativeSeparators(location));
        updateEnabled();
        return;
    }
    m_server->setChecked(true);
    try {
        const records::ServerAddress a = records::ServerAddress::parse(location);
        m_host->setText(a.host);
        m_port->setValue(a.port);
        m_database->setText(a.database);
        m_user->setText(a.user);
        for (const QString &option : a.options) {
            const QString key = option.section(QLatin1Char('='), 0, 0);
            const QString value =
                option.section(QLatin1Char('='), 1).chopped(1).mid(1); // key='value'
            if (key == QLatin1String("sslmode") && kSslModes.contains(value))
                m_ssl->setCurrentIndex(kSslModes.indexOf(value));
            else
                m_otherOptions << key << value;
        }
    } catch (const records::StoreError &e) {
        m_problem.show(e.message());
    }
    updateEnabled();
}

void ConnectionDialog::updateEnabled()
{
    const bool file = m_file->isChecked();
    m_path->setEnabled(file);
    m_browse->setEnabled(file);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_ssl, m_password})
        w->setEnabled(!file);
    m_result->clear();
}

QString ConnectionDialog::location(bool withTypedPassword)
{
    if (m_file->isChecked()) {
        const QString path = m_path->text().trimmed();
        if (path.isEmpty())
            m_problem.at(m_pathLabel, m_path, tr("expected the path of a database file"));
        return QDir::fromNativeSeparators(path);
    }
    const std::pair<QLabel *, QLineEdit *> required[] = {
        {m_hostLabel, m_host}, {m_databaseLabel, m_database}, {m_userLabel, m_user}};
    for (const auto &[label, edit] : required) {
        if (edit->text().trimmed().isEmpty()) {
            m_problem.at(label, edit, tr("expected a value"));
            return {};
        }
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    url.setUserName(m_user->text().trimmed());
    if (withTypedPassword && !m_password->text().isEmpty())
        url.setPassword(m_password->text());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_ssl->currentData().toString());
    for (qsizetype i = 0; i + 1 < m_otherOptions.size(); i += 2)
        query.addQueryItem(m_otherOptions.at(i), m_otherOptions.at(i + 1));
    url.setQuery(query);
    return url.toString();
}

QString ConnectionDialog::result() const
{
    return m_result->text();
}

bool ConnectionDialog::testConnection()
{
    m_problem.clear();
    m_result->clear();
    const QString where = location(true);
    if (where.isEmpty())
        return false;
    try {
        const clinic::ClinicDatabase::Probe p = clinic::ClinicDatabase::probe(where);
        if (p.foreign) {
            m_problem.show(tr("%1 holds tables of another program: MesoPlan will not use it.")
                               .arg(records::displayLocation(where)));
            return false;
        }
        if (p.schemaVersion > clinic::ClinicDatabase::latestSchemaVersion()) {
            m_problem.show(tr("This database comes from a newer MesoPlan (schema %1): update this "
                              "workstation first.")
                               .arg(p.schemaVersion));
            return false;
        }
        m_result->setText(
            p.empty ? tr("Connected (%1). The database is empty: MesoPlan creates its tables and "
                         "imports the catalog at its next start.")
                          .arg(p.engine)
                    : tr("Connected (%1): a MesoPlan database, schema %2.")
                          .arg(p.engine)
                          .arg(p.schemaVersion));
        return true;
    } catch (const records::StoreError &e) {
        m_problem.show(e.message());
        return false;
    }
}

bool ConnectionDialog::save()
{
    m_problem.clear();
    const QString where = location(false);
    if (where.isEmpty())
        return false;
    clinic::saveDatabaseLocation(where);
    accept();
    return true;
}

} // namespace meso::ui
