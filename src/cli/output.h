#pragma once

#include <nlohmann/json.hpp>

#include <QString>

#include <functional>
#include <string>

namespace meso::cli {

// Writes one JSON document on stdout (2-space indent, UTF-8 as is, stable key order).
void printJson(const nlohmann::ordered_json &j);

// Writes one line on stderr whatever the message holds: line breaks and other control characters
// are escaped (\n, \x1b: text from the input must not repaint the terminal), and a message
// longer than 500 characters is cut with "...".
void printErrorLine(const std::string &message);

// Whether standard error is a terminal: long commands draw a progress bar there, not in a log.
bool progressOnTerminal();
// Redraws a progress bar in place on standard error: "[#####     ]  17%  label".
void drawProgressBar(double part, const std::string &label);
// A service's progress callback drawing "[###  ]  17%  patients 500/3000" at a terminal (and
// nothing in a log), ending the line when done reaches total.
std::function<void(int done, int total)> countingProgressBar(const std::string &what);

// Reads FILE, or standard input for "-"; a UsageError naming `what` when it cannot.
std::string readInput(const QString &path, const QString &what);

} // namespace meso::cli
