#include "domains/proposals/access.hpp"

#include <algorithm>

#include "audit/audit_log.hpp"
#include "domains/duty/hooks.hpp"
#include "workflow/engine.hpp"

namespace zhixie::proposals {

Caller caller_of(storage::Tx& tx, const auth::Principal& me) {
    Caller who{me};
    who.reads_all = me.has("proposal:proposal:read");
    who.staff = me.has("proposal:proposal:review");
    if (auto r =
            tx.one("SELECT m.id FROM members m JOIN terms t ON t.id = m.term_id AND t.is_current = 1 WHERE "
                   "m.committee_id = :c AND m.user_id = :u",
                   {{"c", me.committee_id}, {"u", me.user_id}}))
        who.member_id = r->i("id");
    for (const auto& r : tx.query("SELECT uu.unit_id FROM user_units uu JOIN units u ON u.id = uu.unit_id "
                                  "WHERE uu.user_id = :u AND u.committee_id = :c ORDER BY uu.unit_id",
                                  {{"u", me.user_id}, {"c", me.committee_id}}))
        who.unit_ids.push_back(r.i("unit_id"));
    return who;
}

std::string visible_where(const Caller& who, storage::Params& params) {
    params.emplace_back("vme", who.me.user_id);
    params.emplace_back("vmember", who.member_id.value_or(0));
    // Staff who read everything pass on the cheap test, first: both databases evaluate OR from the left, and
    // the subqueries would otherwise run for every proposal of the committee.
    std::string w = who.reads_all ? "(c.state <> 'draft' OR " : "(";
    w += "p.created_by = :vme OR EXISTS (SELECT 1 FROM proposal_signers vs WHERE vs.proposal_id = p.id AND "
         "vs.member_id = :vmember)";
    if (!who.unit_ids.empty()) {
        std::string in;
        for (size_t k = 0; k < who.unit_ids.size(); ++k) {
            std::string name = "vu" + std::to_string(k);
            in += (k ? ", :" : ":") + name;
            params.emplace_back(name, who.unit_ids[k]);
        }
        w += " OR EXISTS (SELECT 1 FROM proposal_units vpu WHERE vpu.proposal_id = p.id AND vpu.active = 1 "
             "AND "
             "vpu.unit_id IN (" +
             in + "))";
    }
    return w + ")";
}

namespace {
constexpr const char* kProposalHead =
    "SELECT p.id, p.case_id, c.state, c.version, p.merged_into_id, p.lead_member_id, p.created_by, "
    "p.rehandled, p.title FROM proposals p JOIN wf_cases c ON c.id = p.case_id WHERE p.id = :id AND "
    "p.committee_id = :c";

Proposal from_row(const storage::Row& r) {
    return {r.i("id"),
            r.i("case_id"),
            r.s("state"),
            r.i("version"),
            r.opt_i("merged_into_id"),
            r.opt_i("lead_member_id"),
            r.i("created_by"),
            r.i("rehandled"),
            r.s("title")};
}
}  // namespace

Proposal visible(storage::Tx& tx, const Caller& who, int64_t id) {
    storage::Params p{{"id", id}, {"c", who.committee()}};
    std::string where = visible_where(who, p);
    auto r = tx.one(std::string(kProposalHead) + " AND " + where, p);
    if (!r) throw AppError::not_found();
    return from_row(*r);
}

Proposal load(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto r = tx.one(kProposalHead, {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    return from_row(*r);
}

bool is_proposer(const Caller& who, const Proposal& p) {
    return p.created_by == who.me.user_id || (who.member_id && p.lead_member_id == who.member_id);
}

void fire(storage::Tx& tx, const Caller& who, const audit::Actor& actor, const Proposal& p,
          const std::string& transition, const Step& s) {
    workflow::fire(tx, who.committee(), who.me.permissions, actor,
                   {p.case_id, transition, s.version, s.note});
    duty::sync_proposal(tx, who.committee(), p.id);  // the proposers' duty records follow the state
}

void require_state(storage::Tx& tx, const Caller& who, const Proposal& p,
                   std::initializer_list<const char*> states) {
    for (const char* s : states)
        if (p.state == s) return;
    auto c = workflow::case_json(tx, who.committee(), p.case_id, who.me.permissions);
    nlohmann::json allowed = nlohmann::json::array();
    for (const auto& t : c["available_transitions"])
        allowed.push_back(t["code"]);
    throw AppError::conflict("transition_not_allowed", {{"state", c["state_name_zh"]}, {"allowed", allowed}});
}

void record(storage::Tx& tx, const audit::Actor& actor, const std::string& action, int64_t id,
            const nlohmann::json& summary) {
    audit::append(tx, actor, "proposal." + action, "proposal", std::to_string(id), summary);
}

int64_t acting_unit(storage::Tx& tx, const Caller& who, const Proposal& p, std::optional<int64_t> unit_id,
                    std::initializer_list<const char*> roles) {
    auto fits = [&](const std::string& role) {
        return std::any_of(roles.begin(), roles.end(), [&](const char* r) { return role == r; });
    };
    auto rows = tx.query(
        "SELECT unit_id, role FROM proposal_units WHERE proposal_id = :p AND active = 1 ORDER BY CASE role "
        "WHEN "
        "'lead' THEN 0 WHEN 'split' THEN 1 ELSE 2 END, id",
        {{"p", p.id}});
    auto mine = [&](int64_t unit) {
        return std::find(who.unit_ids.begin(), who.unit_ids.end(), unit) != who.unit_ids.end();
    };
    bool own_unit =
        std::any_of(rows.begin(), rows.end(), [&](const auto& r) { return mine(r.i("unit_id")); });
    if (!own_unit && !who.staff) throw AppError::not_found();
    bool assigned = false;
    for (const auto& r : rows) {
        int64_t unit = r.i("unit_id");
        if ((own_unit && !mine(unit)) || (unit_id && *unit_id != unit)) continue;
        assigned = true;
        if (fits(r.s("role"))) return unit;
    }
    if (!assigned && unit_id) throw AppError::unprocessable("not_a_handling_unit", {{"unit_id", *unit_id}});
    throw AppError::unprocessable("not_a_handling_unit");
}

storage::Row current_term_row(storage::Tx& tx, int64_t committee_id) {
    auto t =
        tx.one("SELECT id, number, name, start_date FROM terms WHERE committee_id = :c AND is_current = 1",
               {{"c", committee_id}});
    if (!t) throw AppError::unprocessable("no_current_term");
    return *t;
}

}  // namespace zhixie::proposals
