//! Texts about keeping, downloading, opening and erasing answers, and the privacy page. They
//! describe what `ui::storage` really does: keep them in step with it.

pub use crate::content::types::{Notice, Part};

use crate::storage::RestoreError;

/// The panel with the choices about the answers.
pub const PANEL_TITLE: &str = "Saving your answers";
pub const REMEMBER_LABEL: &str = "Remember my answers on this device";
pub const REMEMBER_HINT: &str = "Then your answers will still be there when you open Spoorwijzer again later in this browser. They are only saved here, not by us or by anyone else. Do not turn this on if you share this computer with others.";
pub const REMEMBER_ON: &str = "Your answers are remembered on this device.";
pub const REMEMBER_OFF: &str = "Your answers are not saved. If you close the tab, they are gone.";
pub const REMEMBER_UNAVAILABLE: &str = "This browser does not allow Spoorwijzer to save anything. Have you answered questions? Then you can still download your answers.";
pub const DOWNLOAD_BUTTON: &str = "Download my answers";
pub const DOWNLOAD_FAILED: &str = "Downloading does not work in this browser. Try another browser, or print the result.";
pub const DOWNLOAD_HINT: &str = "You get a small file with your answers. With it, you can continue later, also on another device. You can also give it to an adviser.";
pub const OPEN_LABEL: &str = "Open a file you saved before";
pub const OPEN_HINT: &str = "Choose a file that you made before with 'Download my answers'. The file stays on your device.";
pub const OPEN_BUTTON: &str = "Open file";
pub const ERASE_BUTTON: &str = "Erase everything";
pub const ERASE_HINT: &str = "Your answers on this page and what Spoorwijzer has saved in this browser will be erased. You then start again. A file you downloaded is not erased: you delete it yourself.";


pub fn restored(saved_on: &str) -> Notice {
    Notice {
        title: "Your answers are back",
        body: format!("These are the answers you saved on this device on {saved_on}. Do you no longer want them? Then choose 'Erase everything'."),
    }
}

pub fn imported(saved_on: &str) -> Notice {
    Notice {
        title: "Your file is open",
        body: format!("The answers from your file saved on {saved_on} are ready. Check them and look at the result."),
    }
}

pub fn erased() -> Notice {
    Notice {
        title: "Everything has been erased",
        body: "Your answers have been erased, and so has what Spoorwijzer had saved in this browser. A file that you downloaded yourself is still there.".into(),
    }
}

pub fn unavailable() -> Notice {
    Notice {
        title: "Saving is not possible in this browser",
        body: "Your browser does not allow Spoorwijzer to save anything on this device. Spoorwijzer still works, but your answers are gone when you close the page.".into(),
    }
}

pub fn save_failed() -> Notice {
    Notice {
        title: "Saving no longer works",
        body: "Your browser has no more space, or no longer allows saving. Your answers are still on this page, and you can download them.".into(),
    }
}

pub fn not_kept() -> Notice {
    Notice {
        title: "You are starting again",
        body: "A link to a question never contains your answers, so you start at the first question. Do you want to continue later on this device? Then choose 'Remember my answers on this device' at the bottom of the start page.".into(),
    }
}

/// Stored data we cannot use: the app starts fresh and says so in one sentence.
pub fn unreadable(e: RestoreError) -> Notice {
    let body = match e {
        RestoreError::Newer => "This device has answers from a newer version of Spoorwijzer; we have left them as they are and you start again (if you turn on 'Remember my answers', they will be replaced).",
        _ => "What was on this device under the name Spoorwijzer is damaged or not ours; we have not used it and you start again (if you turn on 'Remember my answers', it will be replaced).",
    };
    Notice { title: "We could not use answers that were saved before", body: body.into() }
}

/// Why an opened file was refused. Nothing changes when a file is refused.
pub fn open_error(e: Option<RestoreError>) -> &'static str {
    match e {
        None => "Choose a file to open.",
        Some(RestoreError::TooLarge) => "The file is too large for a Spoorwijzer file. Your answers have not changed.",
        Some(RestoreError::NotJson) => "Spoorwijzer cannot read this file. Choose a file that you downloaded with Spoorwijzer. Your answers have not changed.",
        Some(RestoreError::Foreign) => "This is not a Spoorwijzer file. Your answers have not changed.",
        Some(RestoreError::Newer) => "This file was made with a newer version of Spoorwijzer. Reload the page and try again. Your answers have not changed.",
        Some(RestoreError::UnknownVersion) => "This file has a version that Spoorwijzer does not know. Your answers have not changed.",
        Some(RestoreError::Damaged) => "This file is damaged or has been changed by hand. Your answers have not changed.",
    }
}

/// The file could not be read at all (the browser refused).
pub const OPEN_READ_FAILED: &str = "The file could not be read. Try again. Your answers have not changed.";

/// The privacy page.
pub const PAGE_TITLE: &str = "Privacy: what happens to your answers";
pub const PAGE_BACK: &str = "Back";


pub const PAGE: [Part; 8] = [
    Part {
        title: "In short",
        paragraphs: &[
            "Spoorwijzer works entirely in your browser. What you fill in is not sent anywhere: not to us, not to the website on which you use Spoorwijzer, and not to anyone else.",
            "There are no cookies, no visitor statistics and no adverts. Spoorwijzer also does not fetch anything from other websites. There is one exception: if Spoorwijzer is on the website of an agency, the logo of that agency can come from the agency's website.",
        ],
    },
    Part {
        title: "What is saved?",
        paragraphs: &[
            "By default, nothing that lasts. As long as this tab is open, the browser remembers your answers with the pages you looked at in this tab (the tab's 'history'). So you lose nothing if you reload the page, press 'Back', or if your phone closes the tab for a moment to save memory. If you close the tab, your answers are gone. They also never go into the browser's storage.",
            "Do you choose 'Remember my answers on this device'? Then Spoorwijzer saves only your answers in the storage of this browser on this device (it is called 'localStorage'). Only the answers to the questions, such as the dates of your sickness and of the steps, with the date on which they were saved. No name and no result: Spoorwijzer works out the result again each time. Spoorwijzer then also remembers the language you read the guide in (Dutch or English), so that it opens in that language next time.",
        ],
    },
    Part {
        title: "For how long?",
        paragraphs: &[
            "Until you choose 'Erase everything', turn remembering off again, or clear the website data in your browser. Spoorwijzer does not set an end date.",
            "Some browsers, such as Safari, erase this kind of data themselves if you do not use the website for a while. Do you want to be sure you keep your answers? Then download them as well.",
        ],
    },
    Part {
        title: "Who can see it?",
        paragraphs: &[
            "Anyone who uses this device and this browser can see the saved answers by opening Spoorwijzer. Do you share the computer with others? Then do not turn on saving.",
            "Is Spoorwijzer on the website of, for example, a re-integration agency? Then it is there in its own, shielded window, with its own web address. That website cannot see what you fill in or save. The window only tells that website how tall it is, so that it fits.",
            "Do you see a button to contact the agency? That button opens the agency's website, email or phone. Your answers are not sent with it: you tell them yourself what you want to share. The agency's logo comes from the agency's website, just like the rest of that page.",
        ],
    },
    Part {
        title: "The page address and your browser's history",
        paragraphs: &[
            "The page address shows which question you are looking at, for example '?stap=eerste-ziektedag'. Your answer is never in it. This is how the 'Back' and 'Reload' buttons of your browser work.",
            "These addresses do go into the history of your browser. From it, someone can work out which questions you have seen. 'Erase everything' does not erase that history: you do that in your browser itself.",
            "If you reopen a closed tab (for example with Ctrl+Shift+T), the browser can also bring back the answers of that tab. Do you not want that? Then choose 'Erase everything' first.",
        ],
    },
    Part {
        title: "The file you download",
        paragraphs: &[
            "With 'Download my answers' you get a small file. It is on your device and it is yours. Anyone who has the file can read your answers. It does not contain a name, but it does contain the dates of your sickness and of the steps.",
            "With 'Open a file you saved before', Spoorwijzer reads the file in your browser. It is not sent anywhere.",
        ],
    },
    Part {
        title: "What we never ask",
        paragraphs: &[
            "Spoorwijzer never asks what the illness is, what the symptoms are or what the treatment is. Only whether the sickness has to do with pregnancy or organ donation, because different rules apply to those. That answer also stays on your device. Your employer may not ask what illness you have.",
        ],
    },
    Part {
        title: "What the server sees",
        paragraphs: &[
            "The server that sends Spoorwijzer to your browser sees that the page is being fetched, as with any website. If you reload the page, the server also sees the address with the question that was open, such as '?stap=situatie'. The server never sees your answers.",
            "Once the page has loaded, Spoorwijzer also works without internet. What you fill in and choose stays in your browser.",
        ],
    },
];
