//! Fixed texts of the app's pages: start page, buttons, headings, page titles.

pub const APP: &str = "Spoorwijzer";
pub const TAGLINE: &str = "Your way through sickness and re-integration";
pub const SKIP: &str = "Skip to the content";
pub const START_TITLE: &str = "Spoorwijzer: your way through sickness and re-integration";
pub const START_LEAD: &str = "Have you been sick for a longer time, or is your employee sick? In a few minutes, Spoorwijzer shows what needs to happen, when, and who does what.";
pub const START_WHAT_TITLE: &str = "What you will find out";
pub const START_WHAT: [&str; 4] = [
    "whether track 1 (spoor 1: work with the employee's own employer), track 2 (spoor 2: work with another employer) or both apply, and why",
    "which steps there are, with the date by which they must be done, and what is already overdue",
    "what happens if a step is missed",
    "the rights and duties of employee and employer, with the law that goes with them",
];
pub const START_WHO_TITLE: &str = "Who it is for";
pub const START_WHO: &str = "For employees who are sick, and for employers and their advisers. It is about the rules of the Wet verbetering poortwachter: the first 2 years (104 weeks) of sickness.";
pub const START_NEED_TITLE: &str = "What you need";
pub const START_NEED: &str = "The first day of sickness, and if you have it: what the company doctor (bedrijfsarts) or labour expert (arbeidsdeskundige) has said and which steps have already been taken. Don't know something? Then choose 'I don't know'.";
pub const START_PRIVACY_TITLE: &str = "Your privacy";
pub const START_PRIVACY: [&str; 2] = [
    "Your answers stay on this device. Nothing is sent: not to us and not to anyone else.",
    "We never ask what the illness is. We only ask whether it has to do with pregnancy or organ donation, because different rules apply to those. Your employer is not allowed to ask what is wrong with you.",
];
pub const START_LIMITS_TITLE: &str = "What Spoorwijzer does not cover";
pub const START_LIMITS: [&str; 8] = [
    "self-employed people (zzp) and civil servants with their own rules (defence, police, judiciary, political offices);",
    "someone who reaches the state pension age (AOW-leeftijd) during the 104 weeks of sickness;",
    "work for more than one employer: each employer has its own steps, so fill in Spoorwijzer separately for each employer;",
    "how much pay or benefit you get, and pay with an on-call or zero-hours contract;",
    "dismissal, a settlement agreement (vaststellingsovereenkomst) or another end of the contract during sickness;",
    "what happens after the 104 weeks, also if the employer is a self-insurer (eigenrisicodrager) for the WGA;",
    "the report to UWV on the 4th day of sickness for people who have a 'fictitious employment' (fictieve dienstbetrekking), such as some interns and home workers;",
    "what a self-insurer for the Ziektewet must do, and by which date, after the end of the contract.",
];
pub const START_LIMITS_HELP: &str = "For these, you can go to UWV, the Juridisch Loket (free legal advice, 0900 8020), your trade union, your employers' association or your company doctor (bedrijfsarts).";
pub const START_BUTTON: &str = "Start";
pub const START_TIME: &str = "It takes about 3 to 5 minutes.";
pub const NOT_ADVICE_TITLE: &str = "This is not legal advice";

pub const BACK: &str = "Back";
pub const CONTINUE: &str = "Continue";
pub const OR: &str = "or";
pub const ERROR_SUMMARY: &str = "There is a problem";
pub const ERROR_PREFIX: &str = "Error: ";
pub const PAGE_SUFFIX: &str = " – Spoorwijzer";
pub const SECTION: [&str; 4] = ["About you", "The sickness", "Assessment by the experts", "Steps already taken"];

pub const CHECK_TITLE: &str = "Check your answers";
pub const CHECK_CHANGE: &str = "Change";
pub const CHECK_SUBMIT: &str = "See the result";
pub const CHECK_NOTE: &str = "Is something not right? Choose 'Change'. Your other answers are kept.";

pub const RESULT_TITLE: &str = "Your result";
pub const RESULT_WEEK: (&str, &str, &str) = ("Week ", " of 104 of sickness · today ", "");
pub const RESULT_NOW_W: &str = "What you need to do now";
pub const RESULT_NOW_G: &str = "What you need to do now";
pub const RESULT_NEXT: &str = "Your next step";
pub const RESULT_NOTHING: &str = "You do not need to do anything now.";
pub const RESULT_THEIRS_W: &str = "What your employer needs to do now";
pub const RESULT_THEIRS_G: &str = "What your employee needs to do now";
pub const RESULT_UWV: &str = "What UWV does";
pub const RESULT_WHY: &str = "Why ";
pub const RESULT_WHO_DECIDES: &str = "Who decides this:";
pub const RESULT_TIMELINE: &str = "All steps and dates";
pub const RESULT_BEHIND: &str = "Already done or passed";
pub const RESULT_TIMELINE_VANGNET: &str = "After the end of the contract: UWV";
pub const RESULT_TODAY: &str = "Today";
pub const RESULT_MORE: &str = "More explanation";
pub const RESULT_RIGHTS: &str = "Rights and duties";
pub const RESULT_RIGHTS_OWN: (&str, &str) = ("Your rights", "Your duties");
pub const RESULT_RIGHTS_OTHER_W: (&str, &str) = ("Your employer's rights", "Your employer's duties");
pub const RESULT_RIGHTS_OTHER_G: (&str, &str) = ("Your employee's rights", "Your employee's duties");
pub const RESULT_SPOOR2: &str = "What a track 2 programme involves";
pub const RESULT_DISAGREE: &str = "Do you disagree?";
pub const RESULT_REMEDY_WHO: &str = "Who requests it:";
pub const RESULT_REMEDY_COST: &str = "What it costs:";
pub const RESULT_REMEDY_TIME: (&str, &str, &str) = ("How long: usually ", " to ", " weeks.");
pub const RESULT_REMEDY_FREE: &str = "free";
pub const RESULT_REMEDY_NOT_BINDING: &str = "The opinion is not binding.";
pub const RESULT_DOCUMENTS: &str = "Documents";
pub const RESULT_OPEN: &str = "What we do not know yet";
pub const RESULT_FINE: (&str, &str, &str) = ("", " days late: UWV can give a fine of up to €", ".");
pub const RESULT_FINE_NEVER: (&str, &str) = (" If the report is not made at all, up to €", ".");
pub const RESULT_SOURCES: &str = "Sources";
pub const RESULT_SOURCES_SHOW: &str = "All sources";
pub const RESULT_CHECKED: &str = "Rules checked on";
pub const RESULT_PRINT: &str = "Print / save as PDF";
pub const RESULT_CALENDAR: &str = "Put the deadlines in my calendar";
pub const RESULT_CALENDAR_FAILED: &str = "Downloading does not work in this browser. Print the result, or put the dates in your calendar yourself.";
pub const RESULT_MADE: (&str, &str) = ("Made on ", " with Spoorwijzer. ");
pub const RESULT_CHANGE: &str = "Change answers";
pub const RESULT_SAVE: &str = "Save or delete your answers";
pub const RESULT_IF_MISSED: &str = "If this does not happen:";
pub const RESULT_WHO: &str = "Who: ";
pub const RESULT_BASIS: &str = "What is this based on?";
pub const OUT_OF_SCOPE: &str = "Spoorwijzer cannot help you any further here";
pub const OUT_OF_SCOPE_WHERE: &str = "Where can you go?";
pub const INPUT_ERROR_TITLE: &str = "Two answers do not fit together";
pub const INPUT_ERROR_FIX: &str = "Change this answer";
pub const FOOTER_PRIVACY: &str = "Privacy and saving your answers";
pub const FOOTER_EMBED: &str = "Spoorwijzer on your own website";
pub const FOOTER_NOTE: &str = "Spoorwijzer works entirely in your browser. No data is sent and there are no cookies.";
pub const NOT_FOUND: &str = "This page does not exist. You will continue at the first open question.";
pub const TERMS_SUMMARY: &str = "What the words mean";
pub const DAY: &str = "Day";
pub const MONTH: &str = "Month";
pub const YEAR: &str = "Year";
pub const ERROR_HIDDEN: &str = "Error: ";
pub const STEP_OF: (&str, &str) = ("Step ", " of 4 · ");
pub const WHAT_IS_THIS: &str = "More about this step";
pub const BETWEEN: (&str, &str) = ("Between ", " and ");
pub const BY: &str = "By ";
pub const WAS_BY: &str = "Was due by ";
pub const DUE_BY: &str = "By ";
pub const DONE_ON: &str = "Done on ";
pub const NOTICE_WARNING: &str = "Please note";
pub const NOTICE_INFO: &str = "Good to know";
pub const NOT_APPLICABLE_STEPS: &str = "Steps that do not apply to you now";
pub const DOC_COLUMN: &str = "Document";
pub const STATUS_COLUMN: &str = "Status";
pub const PRINT_COL_DATE: &str = "Date";
pub const PRINT_COL_STEP: &str = "Step";
pub const PRINT_COL_WHO: &str = "Who";
pub const WEEK: &str = "week";
/// A page whose code is still being downloaded (src/ui/later.rs): on a slow connection, or on a
/// reload in the middle of the journey.
pub const PAGE_LOADING: &str = "This page is loading…";
pub const PAGE_FAILED_TITLE: &str = "This page could not be loaded";
pub const PAGE_FAILED_TEXT: &str = "There is probably no internet connection at the moment. Your answers are not lost: they are still on this device.";
pub const PAGE_FAILED_RETRY: &str = "Try again";
/// When trying again does not help (a new version of the site came out meanwhile).
pub const PAGE_FAILED_RELOAD: &str = "Still not working? Reload Spoorwijzer";
