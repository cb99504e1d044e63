#include "core/clock.hpp"
#include "domains/proposals/query.hpp"

namespace zhixie::proposals {

namespace {

void add(storage::Tx& tx, nlohmann::json& items, const char* task, const std::string& where,
         const storage::Params& params) {
    for (const auto& r : tx.query("SELECT p.id, p.number, p.title, c.state, c.due_at FROM proposals p JOIN "
                                  "wf_cases c ON c.id = p.case_id "
                                  "WHERE p.committee_id = :c AND " +
                                      where + " ORDER BY c.due_at, p.id LIMIT 200",
                                  params)) {
        auto o = r.json();
        o["task"] = task;
        items.push_back(o);
    }
}

}  // namespace

nlohmann::json todo(storage::Db& db, const auth::Principal& me) {
    auto tx = db.read();
    auto who = caller_of(tx, me);
    nlohmann::json items = nlohmann::json::array();
    const storage::Params base{{"c", me.committee_id}};
    if (who.member_id) {
        storage::Params m{{"c", me.committee_id}, {"m", *who.member_id}};
        add(tx, items, "cosign",
            "c.state = 'cosigning' AND EXISTS (SELECT 1 FROM proposal_signers s WHERE s.proposal_id = p.id "
            "AND "
            "s.member_id = :m AND s.status = 'invited')",
            m);
    }
    storage::Params mine{{"c", me.committee_id}, {"m", who.member_id.value_or(0)}, {"u", me.user_id}};
    add(tx, items, "revise",
        "c.state IN ('draft', 'returned') AND (p.created_by = :u OR p.lead_member_id = :m)", mine);
    add(tx, items, "feedback",
        "(p.created_by = :u OR p.lead_member_id = :m) AND EXISTS (SELECT 1 FROM proposals hp JOIN wf_cases "
        "hc ON "
        "hc.id = hp.case_id WHERE hp.id = COALESCE(p.merged_into_id, p.id) AND hc.state = 'reply_reviewed' "
        "AND NOT "
        "EXISTS (SELECT 1 FROM proposal_feedback f WHERE f.proposal_id = p.id AND f.round = hp.rehandled))",
        mine);
    for (int64_t unit : who.unit_ids) {
        storage::Params u{{"c", me.committee_id}, {"unit", unit}};
        const std::string assigned =
            "EXISTS (SELECT 1 FROM proposal_units pu WHERE pu.proposal_id = p.id AND pu.unit_id = :unit AND "
            "pu.active = 1 AND ";
        const std::string no_text =
            "NOT EXISTS (SELECT 1 FROM proposal_replies r WHERE r.proposal_id = p.id AND r.unit_id = :unit "
            "AND "
            "r.round = p.rehandled AND r.returned = 0 AND r.kind = ";
        add(tx, items, "sign",
            "c.state IN ('assigned', 'handling') AND " + assigned + "pu.signed_at IS NULL)", u);
        add(tx, items, "reply",
            "c.state IN ('handling', 'rehandling') AND " + assigned + "pu.role IN ('lead', 'split')) AND " +
                no_text + "'reply')",
            u);
        add(tx, items, "opinion",
            "c.state IN ('handling', 'rehandling') AND " + assigned + "pu.role = 'co') AND " + no_text +
                "'opinion')",
            u);
    }
    if (me.has("proposal:proposal:review")) {
        add(tx, items, "review", "c.state IN ('submitted', 'under_review')", base);
        add(tx, items, "review_reply", "c.state = 'replied'", base);
    }
    if (me.has("proposal:proposal:assign")) {
        add(tx, items, "assign", "c.state IN ('accepted', 'objection')", base);
        add(tx, items, "decide_extension",
            "EXISTS (SELECT 1 FROM proposal_extensions x WHERE x.proposal_id = p.id AND x.status = "
            "'pending')",
            base);
        add(tx, items, "chase",
            "c.state IN ('assigned', 'objection', 'handling', 'rehandling') AND c.due_at < :now",
            {{"c", me.committee_id}, {"now", clock::now_iso()}});
    }
    return {{"items", items}, {"total", items.size()}};
}

}  // namespace zhixie::proposals
