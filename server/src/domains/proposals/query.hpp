#pragma once
// The WHERE clause of a proposal list and the figures of the statistics, shared by the list, the export, the
// statistics and their drill-down: a figure counted by the statistics is the list filtered by its metric.
#include <string>
#include <utility>
#include <vector>

#include "domains/proposals/access.hpp"

namespace zhixie::proposals {

struct Filter {
    std::string from;  // " FROM proposals p JOIN wf_cases c …" (and lf, the latest feedback, when needed)
    std::string cond;  // the conditions, joined by AND
    storage::Params params;

    std::string where() const { return from + " WHERE " + cond; }
};

// scoped: only what the caller may see (lists); otherwise the whole committee (statistics).
Filter proposal_filter(const Caller& who, const ListQuery& q, bool scoped);

// name → SQL condition on p, c and lf (the latest feedback; may use :now)
const std::vector<std::pair<std::string, std::string>>& metrics();
// Adds the condition of a metric, with :now and the latest-feedback join (lf) when it needs them; 400
// invalid_field for an unknown name.
void add_metric(Filter& f, const std::string& name);
// Joins each proposal's latest feedback as lf (once), for every figure at once (the statistics).
void join_latest_feedback(Filter& f);

extern const char* kListColumns;
// The rows of a list query as JSON items, with state names and handling units.
nlohmann::json list_items(storage::Tx& tx, int64_t committee_id, const storage::Rows& rows);

}  // namespace zhixie::proposals
