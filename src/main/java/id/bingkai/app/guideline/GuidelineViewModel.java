// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.guideline;

import id.bingkai.app.common.LatestWins;
import id.bingkai.app.common.Notice;
import id.bingkai.app.common.NoticeSink;
import id.bingkai.app.common.UserErrors;
import id.bingkai.app.editor.DocumentRenderer;
import id.bingkai.app.editor.EditorViewModel;
import id.bingkai.core.guideline.CheckOptions;
import id.bingkai.core.guideline.Finding;
import id.bingkai.core.guideline.GuidelineOverlays;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.guideline.Overlay;
import id.bingkai.core.guideline.Platform;
import id.bingkai.core.guideline.PrintSpec;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.Rect;
import id.bingkai.core.render.PhotoSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The guideline side of the editor: which guides are drawn over the preview, the live findings, the finding
 * whose region is highlighted, and the true-size previews. After every edit the document is checked and the
 * previews are rendered in the background, newest document first (a drag is checked once, when the hand
 * lets go, so that the checks never slow the preview down).
 */
public final class GuidelineViewModel {
    private static final List<Platform> PROFILE_PLATFORMS = List.of(Platform.WHATSAPP, Platform.INSTAGRAM,
            Platform.FACEBOOK_MOBILE, Platform.FACEBOOK_DESKTOP);

    private final EditorViewModel editor;
    private final DocumentChecker checker;
    private final DocumentRenderer renderer;
    private final LatestWins<Request, Result> jobs;
    private final Map<Guide, BooleanProperty> shown = new EnumMap<>(Guide.class);
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper", Paper.SCREEN);
    private final ObjectProperty<List<Overlay>> overlays = new SimpleObjectProperty<>(this, "overlays", List.of());
    private final ObjectProperty<List<Guide>> guides = new SimpleObjectProperty<>(this, "guides", List.of());
    private final BooleanProperty paperOffered = new SimpleBooleanProperty(this, "paperOffered");
    private final ObjectProperty<GuidelineReport> report = new SimpleObjectProperty<>(this, "report");
    private final BooleanProperty checking = new SimpleBooleanProperty(this, "checking");
    private final BooleanProperty needsPhoto = new SimpleBooleanProperty(this, "needsPhoto");
    private final ObjectProperty<Finding> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Rect> highlight = new SimpleObjectProperty<>(this, "highlight");
    private final ObjectProperty<List<TrueSizePreview>> previews = new SimpleObjectProperty<>(this, "previews",
            List.of());
    private Request submitted;

    /** What one background job is for: the document and the paper it is checked for. */
    private record Request(Document document, Paper paper) {
    }

    /** @param report empty when the document has no photo in any slot yet (nothing worth checking) */
    private record Result(Optional<GuidelineReport> report, List<TrueSizePreview> previews) {
    }

    public GuidelineViewModel(EditorViewModel editor, DocumentChecker checker, DocumentRenderer renderer,
            Executor background, Executor ui, NoticeSink notices) {
        this.editor = Objects.requireNonNull(editor);
        this.checker = Objects.requireNonNull(checker);
        this.renderer = Objects.requireNonNull(renderer);
        Objects.requireNonNull(notices);
        this.jobs = new LatestWins<>(background, ui, this::work, this::show, e -> {
            checking.set(false);
            notices.show(Notice.error(UserErrors.describe(e)));
        });
        for (Guide g : Guide.values()) {
            BooleanProperty p = new SimpleBooleanProperty(this, "shown-" + g, g.onByDefault());
            p.addListener((obs, old, on) -> updateOverlays());
            shown.put(g, p);
        }
        paper.set(Paper.defaultFor(editor.document().frame()));
        editor.documentProperty().addListener((obs, old, doc) -> {
            if (old.frame() != doc.frame()) {
                paper.set(Paper.defaultFor(doc.frame()));
                updateOverlays();
            }
            if (!editor.gestureProperty().get()) {
                submit();
            }
        });
        editor.gestureProperty().addListener((obs, was, now) -> {
            if (!now) {
                submit();
            }
        });
        paper.addListener((obs, old, p) -> {
            updateOverlays();
            submit();
        });
        updateOverlays();
        submit();
    }

    // --- guides ------------------------------------------------------------------------------------------

    /** Whether a guide is drawn (when it applies to the frame); the choice stays as the user switches frames. */
    public BooleanProperty shownProperty(Guide guide) {
        return shown.get(guide);
    }

    /** The guides that mean something for the current frame and paper, in the order the bar shows them. */
    public ReadOnlyObjectProperty<List<Guide>> guidesProperty() {
        return guides;
    }

    /** The overlays to draw now, in canvas units: those of the applicable guides that are switched on. */
    public ReadOnlyObjectProperty<List<Overlay>> overlaysProperty() {
        return overlays;
    }

    /** Screen, or the paper a printed frame is checked for (adds the print rules and the print guides). */
    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    /** The frame is of a kind that is usually printed, so the bar offers a paper. */
    public ReadOnlyBooleanProperty paperOfferedProperty() {
        return paperOffered;
    }

    // --- findings ----------------------------------------------------------------------------------------

    /** The findings for the newest checked document, most severe first; null before the first check. */
    public ReadOnlyObjectProperty<GuidelineReport> reportProperty() {
        return report;
    }

    /** A check is waiting or running for a document newer than the report. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking;
    }

    /** There is no photo yet, so there are no findings to show (the list says to add a photo). */
    public ReadOnlyBooleanProperty needsPhotoProperty() {
        return needsPhoto;
    }

    public ReadOnlyObjectProperty<Finding> selectedProperty() {
        return selected;
    }

    /** The canvas region to highlight: the selected finding's, or null. */
    public ReadOnlyObjectProperty<Rect> highlightProperty() {
        return highlight;
    }

    /** Clicking a finding (or choosing it with the keyboard) highlights its region; null clears it. */
    public void select(Finding finding) {
        selected.set(finding);
        highlight.set(finding == null ? null : finding.region());
    }

    // --- true-size previews ------------------------------------------------------------------------------

    /** Where the design will be shown, for the current frame: profile circles, a status screen, or nothing. */
    public static List<Platform> platformsFor(Frame frame) {
        if (frame.kind() == FrameKind.PROFILE) {
            return PROFILE_PLATFORMS;
        }
        return GuidelineOverlays.isStory(frame) ? List.of(Platform.STATUS) : List.of();
    }

    public ReadOnlyObjectProperty<List<TrueSizePreview>> previewsProperty() {
        return previews;
    }

    // --- export ------------------------------------------------------------------------------------------

    /**
     * The check an export runs: the same checker and the paper chosen now, judged at the export's width. The
     * function runs on the calling thread; the export dialog calls it from its background work.
     */
    public BiFunction<Document, Integer, GuidelineReport> exportCheck() {
        Optional<PrintSpec> p = paper.get().spec();
        PhotoSource photos = editor.previewPhotos();
        return (doc, width) -> checker.check(doc, new CheckOptions(doc.frame().guideline(), p, width), photos);
    }

    // --- internals ---------------------------------------------------------------------------------------

    private void updateOverlays() {
        Frame frame = editor.document().frame();
        Paper p = paper.get();
        paperOffered.set(Paper.offeredFor(frame));
        guides.set(java.util.Arrays.stream(Guide.values()).filter(g -> g.appliesTo(frame, p)).toList());
        List<Overlay> visible = new ArrayList<>();
        for (Overlay o : GuidelineOverlays.forFrame(frame, frame.guideline(), p.spec())) {
            if (shown.get(Guide.of(o.kind())).get()) {
                visible.add(o);
            }
        }
        overlays.set(List.copyOf(visible));
    }

    private void submit() {
        submitted = new Request(editor.document(), paper.get());
        checking.set(true);
        jobs.submit(submitted);
    }

    private Result work(Request request) {
        Document doc = request.document();
        Optional<GuidelineReport> checked = Optional.empty();
        if (!doc.photos().isEmpty()) { // an empty slot beside a filled one is reported as a finding
            CheckOptions options = new CheckOptions(doc.frame().guideline(), request.paper().spec(), 0);
            checked = Optional.of(checker.check(doc, options, editor.previewPhotos()));
        }
        List<TrueSizePreview> rendered = new ArrayList<>();
        for (Platform p : platformsFor(doc.frame())) {
            rendered.add(new TrueSizePreview(p, renderer.render(doc, p.displayPx(), editor.previewPhotos())));
        }
        return new Result(checked, List.copyOf(rendered));
    }

    private void show(Request request, Result result) {
        if (request == submitted) {
            checking.set(false);
        }
        needsPhoto.set(result.report().isEmpty());
        GuidelineReport next = result.report().orElse(new GuidelineReport(List.of()));
        report.set(next);
        previews.set(result.previews());
        reselect(next);
    }

    /** The highlighted finding follows its element as it moves; it goes when the finding is gone. */
    private void reselect(GuidelineReport next) {
        Finding old = selected.get();
        if (old == null) {
            return;
        }
        select(next.findings().stream().filter(f -> sameFinding(f, old)).findFirst().orElse(null));
    }

    private static boolean sameFinding(Finding a, Finding b) {
        return a.rule() == b.rule() && a.layerId().equals(b.layerId())
                && a.message().key().equals(b.message().key());
    }
}
