#pragma once
// Shared by the proposal use cases: who the caller is to the proposals domain, which proposals they may
// see, firing transitions of a proposal's case, and the proposal as JSON.
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domains/proposals/proposals.hpp"

namespace zhixie::proposals {

struct Caller {
    const auth::Principal& me;
    std::optional<int64_t> member_id;  // the caller's member record in the current term
    std::vector<int64_t> unit_ids;     // the handling units the caller works for
    bool reads_all = false;            // proposal:proposal:read
    bool staff = false;                // proposal:proposal:review: may act on paper for members and units

    int64_t committee() const { return me.committee_id; }
};
Caller caller_of(storage::Tx& tx, const auth::Principal& me);

// The SQL condition (on alias p, case alias c) for the proposals the caller may see, and its parameters.
std::string visible_where(const Caller& who, storage::Params& params);

struct Proposal {
    int64_t id = 0;
    int64_t case_id = 0;
    std::string state;
    int64_t version = 0;
    std::optional<int64_t> merged_into;
    std::optional<int64_t> lead_member_id;
    int64_t created_by = 0;
    int64_t rehandled = 0;
    std::string title;

    // The proposal whose case is handled for this one (itself, or the one it was merged into).
    int64_t handled_id() const { return merged_into.value_or(id); }
};
// The proposal if the caller may see it; 404 otherwise (another committee's, or not theirs).
Proposal visible(storage::Tx& tx, const Caller& who, int64_t id);
// Any proposal of the committee, regardless of the caller (for the case a merged proposal is handled in).
Proposal load(storage::Tx& tx, int64_t committee_id, int64_t id);

// May the caller act as this proposal's proposer (its lead member, or whoever entered it)?
bool is_proposer(const Caller& who, const Proposal& p);

// Fires a transition on the proposal's case (permission, state and version checked by the engine).
void fire(storage::Tx& tx, const Caller& who, const audit::Actor& actor, const Proposal& p,
          const std::string& transition, const Step& s);
// 409 transition_not_allowed (with the transitions allowed now) unless the case is in one of the states.
void require_state(storage::Tx& tx, const Caller& who, const Proposal& p,
                   std::initializer_list<const char*> states);
// Appends proposal.<action> to the audit chain.
void record(storage::Tx& tx, const audit::Actor& actor, const std::string& action, int64_t id,
            const nlohmann::json& summary);

// The unit the caller acts for on this proposal: their own unit among its active assignments (with one of
// the roles), or, for staff, the unit named (or the first that fits). 404 when the caller is not one of
// its units; 422 not_a_handling_unit when the unit's role does not allow the step.
int64_t acting_unit(storage::Tx& tx, const Caller& who, const Proposal& p, std::optional<int64_t> unit_id,
                    std::initializer_list<const char*> roles);

// May the caller attach files to the proposal now (use_cases/attachments.cpp says as whom)?
bool may_attach(storage::Tx& tx, const Caller& who, const Proposal& p);

// Everything about one proposal that the caller may see, with its timeline and the caller's actions.
nlohmann::json proposal_json(storage::Tx& tx, const Caller& who, int64_t id);

// The current term of the committee: {id, name, start_date}; 422 no_current_term.
storage::Row current_term_row(storage::Tx& tx, int64_t committee_id);

inline storage::Value nullable_id(const std::optional<int64_t>& v) {
    return v ? storage::Value(*v) : storage::Value{};
}

}  // namespace zhixie::proposals
