// Catch2 runner for tests that use Qt (SQL, files): a QCoreApplication, and test mode for
// QStandardPaths so that no test ever touches a real profile.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
