// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import id.bingkai.app.common.ExecutorTaskRunner;
import id.bingkai.app.common.LatestWins;
import id.bingkai.app.common.Notice;
import id.bingkai.app.common.NoticeSink;
import id.bingkai.app.common.UserErrors;
import id.bingkai.core.model.AgencyLogo;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoPlaces;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;
import id.bingkai.core.render.PhotoSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The document being edited, its undo history and its live preview. Every edit is a function from document to
 * document; the preview is the core renderer's output at the canvas' on-screen width, rendered in the
 * background from preview-sized photo copies, newest request first.
 */
public final class EditorViewModel {
    /** One arrow-key nudge moves the photo by this fraction of the slot. */
    public static final double NUDGE = 0.01;
    private static final int MIN_PREVIEW_WIDTH = 16;

    private final DocumentRenderer renderer;
    private final PhotoFiles files;
    private final PhotoProxies proxies;
    private final ExecutorTaskRunner tasks;
    private final NoticeSink notices;
    private final LatestWins<Request, Preview> previews;
    private final History<Document> history;

    private final ObjectProperty<Document> document = new SimpleObjectProperty<>(this, "document");
    private final ObjectProperty<Preview> preview = new SimpleObjectProperty<>(this, "preview");
    private final IntegerProperty previewWidth = new SimpleIntegerProperty(this, "previewWidth", 0);
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty gesture = new SimpleBooleanProperty(this, "gesture");
    private final ObjectProperty<PhotoSlot> activeSlot = new SimpleObjectProperty<>(this, "activeSlot");
    private final LongProperty openToPreviewMillis = new SimpleLongProperty(this, "openToPreviewMillis", -1);
    private Document saved;
    private Optional<AgencyLogo> agencyLogo = Optional.empty();
    private Consumer<Path> onPhotoOpened = p -> { };
    private Path openingPhoto;
    private long openingSince;
    private long previewsShown;

    private record Request(Document document, int width) {
    }

    public EditorViewModel(Document initial, DocumentRenderer renderer, PhotoFiles files, Executor background,
            Executor ui, NoticeSink notices) {
        this.renderer = Objects.requireNonNull(renderer);
        this.files = Objects.requireNonNull(files);
        this.proxies = new PhotoProxies(files);
        this.tasks = new ExecutorTaskRunner(background, ui);
        this.notices = Objects.requireNonNull(notices);
        this.history = new History<>(initial);
        this.saved = initial;
        this.previews = new LatestWins<>(background, ui, this::render, (req, result) -> show(result),
                e -> notices.show(Notice.error(UserErrors.describe(e))));
        document.set(initial);
        activeSlot.set(initial.frame().primarySlot());
        document.addListener((obs, old, doc) -> requestPreview());
        previewWidth.addListener((obs, old, w) -> requestPreview());
    }

    // --- state -------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document;
    }

    public Document document() {
        return document.get();
    }

    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview;
    }

    /** The canvas' width on screen in device pixels; the view sets it, each change renders a new preview. */
    public IntegerProperty previewWidthProperty() {
        return previewWidth;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    /** The document differs from the last saved (or opened) one. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /** A photo is being opened. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** A drag, pinch or slider pull is under way (between {@link #beginGesture()} and {@link #endGesture()}). */
    public ReadOnlyBooleanProperty gestureProperty() {
        return gesture;
    }

    /** Milliseconds from the last "open photo" to its first preview on screen; -1 until measured. */
    public ReadOnlyLongProperty openToPreviewMillisProperty() {
        return openToPreviewMillis;
    }

    public long previewsShown() {
        return previewsShown;
    }

    /** The photo in the active slot: the one placement edits and a newly opened photo go to. */
    public Optional<PlacedPhoto> photo() {
        return document().photo(activeSlot().id());
    }

    /** The slot being edited; the frame's first slot unless the user picked another (frames with several). */
    public ReadOnlyObjectProperty<PhotoSlot> activeSlotProperty() {
        return activeSlot;
    }

    /**
     * The active slot, always one of the current frame's (also to a listener of the document that runs before the
     * property has followed a change of frame).
     */
    public PhotoSlot activeSlot() {
        Frame frame = document().frame();
        return frame.slot(activeSlot.get().id()).orElse(frame.primarySlot());
    }

    /** Makes a slot of the current frame the one being edited; an unknown id changes nothing. */
    public void selectSlot(String slotId) {
        document().frame().slot(slotId).ifPresent(activeSlot::set);
    }

    /** A click on the canvas: the slot under the point becomes active. False when no slot is there. */
    public boolean selectSlotAt(double canvasX, double canvasY) {
        Optional<PhotoSlot> hit = PhotoPlaces.at(document().frame(), canvasX, canvasY);
        hit.ifPresent(activeSlot::set);
        return hit.isPresent();
    }

    /** The slots still waiting for a photo, in the frame's order. */
    public List<PhotoSlot> emptySlots() {
        return PhotoPlaces.empty(document());
    }

    public void setOnPhotoOpened(Consumer<Path> listener) {
        this.onPhotoOpened = Objects.requireNonNull(listener);
    }

    /** The full-resolution photo source for export (not the preview copies). */
    public PhotoFiles files() {
        return files;
    }

    /**
     * The preview-sized photo copies, already decoded: small renders (guideline checks, true-size previews) read
     * from them instead of decoding the photo file again.
     */
    public PhotoSource previewPhotos() {
        return proxies;
    }

    // --- photo and frame ---------------------------------------------------------------------------------

    /**
     * Reads the photo in the background and puts it, cover-fitted, into the slot that is active now; the current
     * work stays as it is if the file is unusable.
     */
    public void openPhoto(Path file) {
        Objects.requireNonNull(file);
        String target = activeSlot().id();
        busy.set(true);
        long started = System.nanoTime();
        tasks.run(() -> {
            PhotoRef ref = files.ref(file);
            proxies.prepare(ref);
            return ref;
        }, ref -> {
            busy.set(false);
            openingPhoto = ref.path();
            openingSince = started;
            Document doc = document();
            PhotoSlot slot = doc.frame().slot(target).orElse(activeSlot());
            apply(doc.withPhoto(slot.id(), new PlacedPhoto(ref, Placement.COVER)), null);
            onPhotoOpened.accept(file);
        }, e -> {
            busy.set(false);
            notices.show(Notice.error(UserErrors.describe(e)));
        });
    }

    public void selectFrame(FramePack pack, Frame frame) {
        Document doc = document();
        if (doc.pack().equals(pack) && doc.frame().equals(frame)) {
            return;
        }
        apply(switchFrame(doc, pack, frame), null);
    }

    /**
     * Moves to another frame (possibly of another pack), keeping the photos, their placements and the texts. The
     * photo of the old frame's n-th slot goes to the new frame's n-th slot; photos beyond its slots stay behind.
     */
    static Document switchFrame(Document doc, FramePack pack, Frame frame) {
        Map<String, String> texts = new LinkedHashMap<>();
        frame.fields().forEach(f -> texts.put(f.key(), f.defaultValue()));
        texts.putAll(doc.texts());
        Map<String, PlacedPhoto> photos = new HashMap<>();
        List<PhotoSlot> from = doc.frame().slots();
        List<PhotoSlot> to = frame.slots();
        for (int i = 0; i < Math.min(from.size(), to.size()); i++) {
            PhotoSlot target = to.get(i);
            doc.photo(from.get(i).id()).ifPresent(p -> photos.put(target.id(), p));
        }
        return new Document(pack, frame, photos, texts, doc.photoInFront() && frame.photoAboveAllowed(),
                doc.agencyLogo());
    }

    /** Puts the photo in front of the frame's upper layers, or back behind them (where the frame allows it). */
    public void setPhotoInFront(boolean front) {
        apply(document().withPhotoInFront(front), null);
    }

    public void setText(String key, String value) {
        Document doc = document();
        if (value.equals(doc.texts().get(key))) {
            return;
        }
        apply(doc.withText(key, value), "text:" + key);
    }

    /**
     * The agency's own logo for every document of this session (the remembered one, or none). Not an edit: it is
     * not undone, and it does not make the document unsaved, since projects do not carry it.
     */
    public void setAgencyLogo(Optional<AgencyLogo> logo) {
        agencyLogo = Objects.requireNonNull(logo);
        history.replaceAll(d -> d.withAgencyLogo(logo));
        saved = saved.withAgencyLogo(logo);
        sync();
    }

    /** Replaces everything (an opened project or a recovered autosave); the history starts over. */
    public void load(Document loaded, boolean asSaved) {
        Document doc = loaded.withAgencyLogo(agencyLogo);
        history.reset(doc);
        if (asSaved) {
            saved = doc;
        }
        doc.primaryPhoto().ifPresent(p -> {
            openingPhoto = p.photo().path();
            openingSince = System.nanoTime();
        });
        sync();
        activeSlot.set(doc.frame().primarySlot()); // an opened project starts at its first photo
    }

    public void markSaved() {
        saved = document();
        sync();
    }

    public String caption(Locale locale) {
        FramePack pack = document().pack();
        String caption = pack.caption().get(locale);
        return caption.contains(FramePack.CAMPAIGN_TAG) ? caption : caption + " " + FramePack.CAMPAIGN_TAG;
    }

    // --- placement ---------------------------------------------------------------------------------------

    /** A drag, pinch or slider pull starts: everything until {@link #endGesture()} is one undo step. */
    public void beginGesture() {
        history.beginGesture();
        proxies.setMoving(true);
        gesture.set(true);
        sync();
    }

    public void endGesture() {
        history.endGesture();
        proxies.setMoving(false);
        sync();
        gesture.set(false);
        requestPreview(); // the resting picture at full preview quality
    }

    public void moveBy(double dxCanvas, double dyCanvas) {
        editPlacement(p -> PlacementMath.moveBy(p, slot(), dxCanvas, dyCanvas), null);
    }

    /** Arrow keys: one step is {@link #NUDGE} of the slot size. */
    public void nudge(int dx, int dy) {
        editPlacement(p -> PlacementMath.moveBy(p, slot(), dx * NUDGE * slot().width(),
                dy * NUDGE * slot().height()), "nudge");
    }

    public void zoomBy(double factor) {
        editPlacement(p -> PlacementMath.zoomAboutCentre(p, slot(), factor), "zoom");
    }

    /** Wheel or pinch: zooms about the canvas point under the cursor or between the fingers. */
    public void zoomAbout(double factor, double canvasX, double canvasY) {
        editPlacement(p -> PlacementMath.zoomAbout(p, slot(), factor, canvasX, canvasY), "zoom");
    }

    public void setZoom(double zoom) {
        editPlacement(p -> PlacementMath.zoomAboutCentre(p, slot(), zoom / p.zoom()), "zoom");
    }

    public void rotateBy(double degrees) {
        editPlacement(p -> p.withRotation(p.rotation() + degrees), "rotate");
    }

    public void setRotation(double degrees) {
        editPlacement(p -> p.withRotation(degrees), "rotate");
    }

    /** Turns by a quarter, snapping to the nearest quarter so that 89.7 degrees becomes 180, not 179.7. */
    public void rotateQuarter(boolean clockwise) {
        editPlacement(p -> {
            double snapped = Math.round(p.rotation() / 90.0) * 90.0;
            return p.withRotation(snapped + (clockwise ? 90 : -90));
        }, null);
    }

    public void toggleFlip() {
        editPlacement(p -> p.withFlipped(!p.flipped()), null);
    }

    /** "Fit": the photo covers the slot, centred, keeping its rotation and flip. */
    public void fitCover() {
        editPlacement(p -> new Placement(0, 0, 1, p.rotation(), p.flipped()), null);
    }

    /** "Fit whole photo": all of the photo shows inside the slot. */
    public void fitWhole() {
        PlacedPhoto placed = photo().orElse(null);
        if (placed == null) {
            return;
        }
        editPlacement(p -> new Placement(0, 0, PlacementMath.containZoom(placed.photo(), slot(), p.rotation()),
                p.rotation(), p.flipped()), null);
    }

    public void resetPlacement() {
        editPlacement(p -> Placement.COVER, null);
    }

    /** Undoes the last edit, in whichever slot it was; that slot becomes the active one. */
    public void undo() {
        Document before = document();
        if (history.undo()) {
            sync();
            PhotoPlaces.changed(before, document()).ifPresent(this::selectSlot);
        }
    }

    public void redo() {
        Document before = document();
        if (history.redo()) {
            sync();
            PhotoPlaces.changed(before, document()).ifPresent(this::selectSlot);
        }
    }

    /** The active slot's bounds. */
    public Rect slot() {
        return activeSlot().bounds();
    }

    // --- internals ---------------------------------------------------------------------------------------

    private void editPlacement(UnaryOperator<Placement> edit, String mergeKey) {
        Document doc = document();
        String slotId = activeSlot().id();
        doc.photo(slotId).ifPresent(placed -> {
            Placement next = edit.apply(placed.placement());
            apply(doc.withPlacement(slotId, next), mergeKey == null ? null : mergeKey + "@" + slotId);
        });
    }

    private void apply(Document next, String mergeKey) {
        history.push(next, mergeKey);
        sync();
    }

    private void sync() {
        document.set(history.current());
        // The active slot's id carries over to a frame that has it; otherwise the new frame's first slot.
        activeSlot.set(activeSlot());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        dirty.set(!history.current().equals(saved));
    }

    private void requestPreview() {
        int width = previewWidth.get();
        if (width >= MIN_PREVIEW_WIDTH) {
            previews.submit(new Request(document(), width));
        }
    }

    private Preview render(Request request) {
        long start = System.nanoTime();
        var image = renderer.render(request.document(), request.width(), proxies);
        return new Preview(request.document(), request.width(), image, System.nanoTime() - start);
    }

    private void show(Preview result) {
        preview.set(result);
        previewsShown++;
        if (openingPhoto != null && result.document().photos().values().stream()
                .anyMatch(p -> p.photo().path().equals(openingPhoto))) {
            openToPreviewMillis.set((System.nanoTime() - openingSince) / 1_000_000);
            openingPhoto = null;
        }
    }
}
