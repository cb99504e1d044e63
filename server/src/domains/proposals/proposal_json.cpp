// One proposal as the caller may see it: its fields, proposers, units, replies, contacts, chases, extensions,
// feedback, supervision, the timeline of its case and the actions the caller can take now.
#include <algorithm>

#include "core/clock.hpp"
#include "domains/proposals/access.hpp"
#include "workflow/engine.hpp"

namespace zhixie::proposals {

namespace {

nlohmann::json rows(storage::Tx& tx, const std::string& sql, const storage::Params& p) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : tx.query(sql, p))
        out.push_back(r.json());
    return out;
}

bool has_state(const std::string& state, std::initializer_list<const char*> states) {
    return std::any_of(states.begin(), states.end(), [&](const char* s) { return state == s; });
}

// The verbs (routes) the caller can use now, beyond what the permissions alone say.
nlohmann::json actions_for(const Caller& who, const Proposal& p, const Proposal& handled,
                           const nlohmann::json& o) {
    const auto& me = who.me;
    const std::string& st = p.state;
    const bool proposer = is_proposer(who, p);
    nlohmann::json units = o["units"];
    auto my_unit = [&](std::initializer_list<const char*> roles) {
        for (const auto& u : units) {
            if (!u["active"].get<bool>()) continue;
            bool mine = std::find(who.unit_ids.begin(), who.unit_ids.end(), u["unit_id"].get<int64_t>()) !=
                        who.unit_ids.end();
            if ((mine || who.staff) && has_state(u["role"].get<std::string>(), roles)) return true;
        }
        return false;
    };
    std::vector<std::string> a;
    auto add = [&](const char* code, bool when) {
        if (when) a.emplace_back(code);
    };
    const bool submit = me.has("proposal:proposal:submit"), review = me.has("proposal:proposal:review");
    const bool assign = me.has("proposal:proposal:assign"), handle = me.has("proposal:proposal:handle");
    add("edit", proposer && submit && has_state(st, {"draft", "returned"}));
    add("invite", proposer && submit && has_state(st, {"draft", "cosigning"}) && o["source"] == "member");
    add("submit", proposer && submit && has_state(st, {"draft", "cosigning"}));
    add("withdraw", proposer && submit && st == "cosigning");
    add("resubmit", proposer && submit && st == "returned");
    add("cosign", me.has("proposal:proposal:cosign") && st == "cosigning" &&
                      std::any_of(o["signers"].begin(), o["signers"].end(), [&](const auto& s) {
                          return s["member_id"] == who.member_id.value_or(0) && s["status"] == "invited";
                      }));
    add("review", review && has_state(st, {"submitted", "under_review"}));
    add("merge", review && has_state(st, {"submitted", "under_review", "accepted"}));
    add("assign", assign && has_state(st, {"accepted", "objection"}));
    add("sign", handle && has_state(st, {"assigned", "handling"}) && my_unit({"lead", "co", "split"}));
    add("object", handle && has_state(st, {"assigned", "handling"}) && my_unit({"lead", "co", "split"}));
    add("contact", handle &&
                       has_state(st, {"assigned", "handling", "rehandling", "replied", "reply_reviewed"}) &&
                       my_unit({"lead", "co", "split"}));
    add("extension", handle && has_state(st, {"assigned", "handling"}) && my_unit({"lead", "split"}));
    add("opinion", handle && has_state(st, {"handling", "rehandling"}) && my_unit({"co"}));
    add("reply", handle && has_state(st, {"handling", "rehandling"}) && my_unit({"lead", "split"}));
    add("decide_extension", assign && o["extension_pending"].get<bool>());
    add("chase", assign && has_state(st, {"assigned", "objection", "handling", "rehandling"}));
    add("review_reply", review && st == "replied");
    add("feedback", me.has("proposal:proposal:feedback") && (proposer || who.staff) &&
                        handled.state == "reply_reviewed" && !o["feedback_given"].get<bool>());
    add("close", me.has("proposal:proposal:close") && st == "reply_reviewed");
    add("supervise", me.has("proposal:supervise:manage") && o["number"].is_string() && !p.merged_into);
    return a;
}

}  // namespace

nlohmann::json proposal_json(storage::Tx& tx, const Caller& who, int64_t id) {
    const auto p = visible(tx, who, id);
    const auto handled = p.merged_into ? load(tx, who.committee(), *p.merged_into) : p;
    auto r = tx.one(
        "SELECT p.*, m.name AS lead_name, s.name AS sector_name, b.name AS body_name, t.name AS term_name "
        "FROM "
        "proposals p LEFT JOIN members m ON m.id = p.lead_member_id LEFT JOIN sectors s ON s.id = "
        "p.sector_id LEFT "
        "JOIN bodies b ON b.id = p.body_id JOIN terms t ON t.id = p.term_id WHERE p.id = :id",
        {{"id", id}});
    auto o = r->json();
    o.erase("committee_id");
    o["is_key"] = r->i("is_key") != 0;
    o["key_leaders"] = nlohmann::json::array();
    if (!r->s("key_leaders").empty())
        o["key_leaders"] = nlohmann::json::parse(r->s("key_leaders"), nullptr, false);
    auto c = workflow::case_json(tx, who.committee(), p.case_id, who.me.permissions);
    for (const char* k :
         {"state", "state_name_zh", "state_name_en", "final", "version", "due_at", "entered_at"})
        o[k] = c[k];
    o["timeline"] = c["history"];
    o["available_transitions"] = c["available_transitions"];
    o["proposer"] = r->is_null("lead_member_id") ? r->s("org_name") : r->s("lead_name");
    o["signers"] =
        rows(tx,
             "SELECT s.member_id, m.name, s.role, s.status, s.invited_at, s.responded_at FROM "
             "proposal_signers s JOIN members m ON m.id = s.member_id WHERE s.proposal_id = :p ORDER BY "
             "CASE s.role WHEN 'lead' THEN 0 ELSE 1 END, s.id",
             {{"p", id}});
    // what was handled for it: its own case, or the case it was merged into
    const storage::Params h{{"p", handled.id}};
    if (p.merged_into) {
        auto hc = workflow::case_json(tx, who.committee(), handled.case_id, who.me.permissions);
        auto head = tx.one("SELECT number, title FROM proposals WHERE id = :p", h);
        o["merged_into"] = {{"id", handled.id},
                            {"number", head->json()["number"]},
                            {"title", head->s("title")},
                            {"state", hc["state"]},
                            {"state_name_zh", hc["state_name_zh"]},
                            {"state_name_en", hc["state_name_en"]},
                            {"timeline", hc["history"]}};
    } else {
        o["merged_into"] = nullptr;
    }
    o["merged"] =
        rows(tx,
             "SELECT p.id, p.number, p.title, COALESCE(m.name, p.org_name) AS proposer FROM proposals p "
             "LEFT JOIN members m ON m.id = p.lead_member_id WHERE p.merged_into_id = :p ORDER BY p.id",
             {{"p", id}});
    nlohmann::json units = nlohmann::json::array();
    for (const auto& u :
         tx.query("SELECT pu.unit_id, un.name, pu.role, pu.active, pu.assigned_at, pu.signed_at, "
                  "pu.objection, pu.objected_at, pu.ended_at FROM proposal_units pu JOIN units un ON "
                  "un.id = pu.unit_id WHERE pu.proposal_id = :p ORDER BY pu.active DESC, CASE pu.role "
                  "WHEN 'lead' THEN 0 WHEN 'split' THEN 1 ELSE 2 END, pu.id",
                  h)) {
        auto x = u.json();
        x["active"] = u.i("active") != 0;
        units.push_back(x);
    }
    o["units"] = units;
    o["replies"] =
        rows(tx,
             "SELECT r.id, r.unit_id, un.name AS unit_name, r.kind, r.round, r.reply_class, "
             "r.reviewed_class, r.text, r.returned, r.written_at FROM proposal_replies r JOIN units un ON "
             "un.id = r.unit_id WHERE r.proposal_id = :p ORDER BY r.id",
             h);
    o["contacts"] =
        rows(tx,
             "SELECT c.id, c.unit_id, un.name AS unit_name, c.form, c.contact_date, c.note FROM "
             "proposal_contacts c JOIN units un ON un.id = c.unit_id WHERE c.proposal_id = :p ORDER BY "
             "c.contact_date, c.id",
             h);
    o["chases"] =
        rows(tx,
             "SELECT c.id, c.unit_id, un.name AS unit_name, c.note, c.chased_at FROM proposal_chases c LEFT "
             "JOIN units un ON un.id = c.unit_id WHERE c.proposal_id = :p ORDER BY c.id",
             h);
    o["extensions"] =
        rows(tx,
             "SELECT x.id, x.unit_id, un.name AS unit_name, x.days, x.reason, x.status, x.requested_at, "
             "x.decided_at, x.note, x.new_due FROM proposal_extensions x JOIN units un ON un.id = "
             "x.unit_id WHERE x.proposal_id = :p ORDER BY x.id",
             h);
    o["extension_pending"] = std::any_of(o["extensions"].begin(), o["extensions"].end(),
                                         [](const auto& x) { return x["status"] == "pending"; });
    o["handling_due"] = r->json()["handling_due"];
    o["overdue"] = has_state(handled.state, {"assigned", "objection", "handling", "rehandling"}) &&
                   !r->is_null("handling_due") && c["due_at"].is_string() &&
                   c["due_at"].get<std::string>() < clock::now_iso();
    // proposers see the ratings of their own proposal; staff and units every rating of the case
    const bool all_feedback = who.reads_all || !who.unit_ids.empty();
    o["feedback"] =
        rows(tx,
             std::string("SELECT f.id, f.proposal_id, f.round, f.work, f.result, f.comment, f.on_paper, "
                         "f.created_at FROM proposal_feedback f WHERE ") +
                 (all_feedback ? "f.case_proposal_id = :p" : "f.proposal_id = :own") + " ORDER BY f.id",
             all_feedback ? storage::Params{{"p", handled.id}} : storage::Params{{"own", id}});
    o["feedback_given"] = std::any_of(o["feedback"].begin(), o["feedback"].end(), [&](const auto& f) {
        return f["proposal_id"] == id && f["round"] == handled.rehandled;
    });
    o["supervision_notes"] =
        rows(tx,
             "SELECT id, kind, text, author_name, written_on FROM supervision_notes WHERE "
             "proposal_id = :p ORDER BY written_on, id",
             {{"p", id}});
    o["campaigns"] =
        rows(tx,
             "SELECT sc.id, sc.name, sc.held_on FROM supervision_campaigns sc JOIN "
             "supervision_campaign_proposals cp ON cp.campaign_id = sc.id WHERE cp.proposal_id = :p "
             "ORDER BY sc.held_on",
             {{"p", id}});
    o["attachments"] = files::list(tx, {who.committee(), "proposal", id});
    o["may_attach"] = may_attach(tx, who, p);
    o["actions"] = actions_for(who, p, handled, o);
    return o;
}

}  // namespace zhixie::proposals
