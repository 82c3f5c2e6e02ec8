#pragma once

#include "FailureVerdict.h"

#include <QCoreApplication>

namespace adp::shared::analysis {

// A failure verdict in words, for the CLI and the desktop.
class FailureText
{
    Q_DECLARE_TR_FUNCTIONS(FailureText)

public:
    // What the class means, in one sentence.
    static QString meaning(FailureClass failureClass);
    // Class, first bad line, place, tests and evidence, one item per line.
    static QString plain(const FailureVerdict &verdict);
};

} // namespace adp::shared::analysis
