// A proposal's own fields: reading them from a request, checking them, and their labels.
#include "core/field_errors.hpp"
#include "core/input.hpp"
#include "domains/proposals/access.hpp"
#include "domains/proposals/record.hpp"

namespace zhixie::proposals {

const FieldLabels& labels() {
    static const FieldLabels l = {
        {"title", {"案由", "Title"}},
        {"content", {"提案内容", "Content"}},
        {"category", {"提案分类", "Category"}},
        {"source", {"提案者类型", "Filed by"}},
        {"org_name", {"党派团体名称", "Party or organisation"}},
        {"body", {"专委会", "Special committee"}},
        {"sector", {"界别", "Sector"}},
        {"lead_member", {"第一提案人", "Lead proposer"}},
        {"members", {"联名委员", "Co-signers"}},
        {"ground", {"不予立案理由", "Ground"}},
        {"converted_to", {"转办方式", "Converted to"}},
        {"note", {"说明", "Note"}},
        {"units", {"承办单位", "Handling units"}},
        {"reply_class", {"答复类别", "Reply class"}},
        {"text", {"内容", "Text"}},
        {"form", {"联系方式", "Form of contact"}},
        {"contact_date", {"联系日期", "Date of contact"}},
        {"days", {"延期天数", "Days of extension"}},
        {"reason", {"理由", "Reason"}},
        {"work", {"对办理工作的评价", "Rating of the handling"}},
        {"result", {"对办理结果的评价", "Rating of the result"}},
        {"proposal_ids", {"并案提案", "Proposals to merge"}},
        {"leaders", {"领衔督办领导", "Leading leaders"}},
        {"kind", {"类型", "Kind"}},
        {"name", {"名称", "Name"}},
        {"held_on", {"日期", "Date"}},
        {"year", {"年度", "Year"}},
        {"unit", {"承办单位", "Handling unit"}},
        {"score", {"评议得分", "Score"}},
    };
    return l;
}

const std::vector<std::string> kSources = {"member", "party", "special_committee", "sector_group"};
const std::vector<std::string> kRatings = {"满意", "基本满意", "不满意"};

Draft draft_from_json(const nlohmann::json& b) {
    Draft d;
    d.title = input::opt_str(b, "title", 200).value_or("");
    d.content = input::opt_str(b, "content", 20000).value_or("");
    d.category = input::opt_str(b, "category", 40).value_or("");
    d.source = input::opt_str(b, "source", 40).value_or("member");
    d.org_name = input::opt_str(b, "org_name", 100).value_or("");
    d.body_id = input::opt_int(b, "body_id");
    d.sector_id = input::opt_int(b, "sector_id");
    d.lead_member_id = input::opt_int(b, "lead_member_id");
    return d;
}

void validate_draft(storage::Tx& tx, const Caller& who, const Draft& d, FieldErrors& e) {
    check::required(e, "title", d.title, 100);
    const Settings s = load_settings(tx, who.committee());
    if (!d.category.empty()) check::one_of(e, "category", d.category, s.categories);
    if (!check::one_of(e, "source", d.source, kSources)) return;
    if (d.source == "party") check::required(e, "org_name", d.org_name, 100);
    auto exists = [&](const std::string& sql, int64_t id) {
        return tx.one(sql, {{"id", id}, {"c", who.committee()}}).has_value();
    };
    if (d.source == "special_committee") {
        if (!d.body_id)
            e.add("body", "field_required");
        else if (!exists("SELECT id FROM bodies WHERE id = :id AND committee_id = :c AND kind = "
                         "'special_committee'",
                         *d.body_id))
            e.add("body", "field_unknown_ref", {{"value", *d.body_id}});
    }
    if (d.source == "sector_group") {
        if (!d.sector_id)
            e.add("sector", "field_required");
        else if (!exists("SELECT id FROM sectors WHERE id = :id AND committee_id = :c", *d.sector_id))
            e.add("sector", "field_unknown_ref", {{"value", *d.sector_id}});
    }
}

bool is_current_member(storage::Tx& tx, int64_t committee_id, int64_t member_id) {
    return tx
        .one(
            "SELECT m.id FROM members m JOIN terms t ON t.id = m.term_id AND t.is_current = 1 WHERE m.id = "
            ":m AND "
            "m.committee_id = :c AND m.status = '在任'",
            {{"m", member_id}, {"c", committee_id}})
        .has_value();
}

}  // namespace zhixie::proposals
