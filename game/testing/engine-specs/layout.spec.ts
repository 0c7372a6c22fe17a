// GUI layout in the engine: each rule against a rectangle computed by hand. The host DataModel is laid out on the
// desktop profile (1920x1080, a 58 px top bar) unless a spec sets another device and puts desktop back.
import { afterEach, describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "../engine";

let nextUserId = 8300;

function screen(): ScreenGui {
	const player = getEngine().addPlayerToHost(nextUserId, `LayoutSpec${nextUserId}`);
	nextUserId += 1;
	const gui = new Instance("ScreenGui");
	gui.Parent = player.WaitForChild("PlayerGui");
	return gui;
}

function frame(parent: Instance, size: UDim2, position = new UDim2(), name = "Frame"): Frame {
	const object = new Instance("Frame");
	object.Name = name;
	object.Size = size;
	object.Position = position;
	object.Parent = parent;
	return object;
}

/** AbsolutePosition and AbsoluteSize as [x, y, w, h]. */
function rect(object: GuiBase2d): number[] {
	return [object.AbsolutePosition.X, object.AbsolutePosition.Y, object.AbsoluteSize.X, object.AbsoluteSize.Y];
}

function label(parent: Instance, text: string, size: UDim2, font: Enum.Font = Enum.Font.SourceSans): TextLabel {
	const object = new Instance("TextLabel");
	object.Font = font;
	object.TextSize = 20;
	object.Text = text;
	object.Size = size;
	object.Parent = parent;
	return object;
}

afterEach(() => getEngine().layout.setDevice(game, "desktop"));

// Source Sans 3's advances (per 1000 em): "H" 652, "i" 246; Montserrat Bold's: "H" 808, "i" 301.
const HI_SOURCE_SANS = (652 + 246) / 1000;
const HI_MONTSERRAT_BOLD = (808 + 301) / 1000;

describe("GuiObject rectangles", () => {
	// create.roblox.com/docs/reference/engine/classes/GuiObject#Size, #Position, #AnchorPoint
	it("Size and Position are scale of the parent plus offset; AnchorPoint is the point Position places", () => {
		const gui = screen();
		// The safe area below the top bar: 1920 x 1022. AbsolutePosition counts from its corner.
		const outer = frame(gui, new UDim2(0.25, 20, 0.5, -11), new UDim2(0.5, 0, 0, 100));
		outer.AnchorPoint = new Vector2(0.5, 1);
		const inner = frame(outer, UDim2.fromScale(0.5, 0.5), UDim2.fromOffset(10, 10));
		expect(rect(gui)).toEqual([0, 0, 1920, 1022]);
		expect(rect(outer)).toEqual([960 - 250, 100 - 500, 500, 500]);
		expect(rect(inner)).toEqual([720, -390, 250, 250]);
	});

	it("follows a change at once (layout is computed when read, after any change)", () => {
		const gui = screen();
		const box = frame(gui, UDim2.fromOffset(100, 100));
		expect(rect(box)).toEqual([0, 0, 100, 100]);
		box.Position = UDim2.fromScale(0.5, 0);
		expect(rect(box)).toEqual([960, 0, 100, 100]);
	});

	// create.roblox.com/docs/reference/engine/classes/GuiBase2d#AbsoluteRotation
	it("AbsoluteRotation adds the ancestors' Rotation", () => {
		const gui = screen();
		const outer = frame(gui, UDim2.fromOffset(100, 100));
		outer.Rotation = 30;
		const inner = frame(outer, UDim2.fromOffset(10, 10));
		inner.Rotation = 15;
		expect(inner.AbsoluteRotation).toBe(45);
		expect(rect(inner)).toEqual([0, 0, 10, 10]);
	});

	it("an object in no ScreenGui, SurfaceGui or BillboardGui measures zero", () => {
		const loose = frame(new Instance("Folder"), UDim2.fromOffset(100, 100));
		expect(rect(loose)).toEqual([0, 0, 0, 0]);
	});
});

describe("ScreenGui insets on a device", () => {
	// create.roblox.com/docs/reference/engine/enums/ScreenInsets, classes/ScreenGui#ScreenInsets, #IgnoreGuiInset
	it("None, DeviceSafeInsets, CoreUISafeInsets and TopbarSafeInsets on the notched phone", () => {
		const gui = screen();
		getEngine().layout.setDevice(game, "phone");
		// Phone: 844 x 390, notch insets 47 left and right, 21 at the bottom; top bar 58; AbsolutePosition counts from
		// (47, 58), GetGuiInset's top-left.
		gui.ScreenInsets = Enum.ScreenInsets.None;
		expect(rect(gui)).toEqual([-47, -58, 844, 390]);
		gui.ScreenInsets = Enum.ScreenInsets.DeviceSafeInsets;
		expect(rect(gui)).toEqual([0, -58, 750, 369]);
		gui.ScreenInsets = Enum.ScreenInsets.CoreUISafeInsets;
		expect(rect(gui)).toEqual([0, 0, 750, 311]);
		// Between the top bar's buttons (160 px in from the left, 60 from the right), as tall as the bar.
		gui.ScreenInsets = Enum.ScreenInsets.TopbarSafeInsets;
		expect(rect(gui)).toEqual([160, -58, 530, 58]);
	});

	it("IgnoreGuiInset true turns CoreUISafeInsets into DeviceSafeInsets, false back to CoreUISafeInsets", () => {
		const gui = screen();
		expect(gui.ScreenInsets).toBe(Enum.ScreenInsets.CoreUISafeInsets);
		gui.IgnoreGuiInset = true;
		expect(gui.ScreenInsets).toBe(Enum.ScreenInsets.DeviceSafeInsets);
		expect(rect(gui)).toEqual([0, -58, 1920, 1080]);
		gui.ScreenInsets = Enum.ScreenInsets.None;
		gui.IgnoreGuiInset = true;
		expect(gui.ScreenInsets).toBe(Enum.ScreenInsets.None);
		gui.IgnoreGuiInset = false;
		expect(gui.ScreenInsets).toBe(Enum.ScreenInsets.CoreUISafeInsets);
	});

	// create.roblox.com/docs/reference/engine/classes/Camera#ViewportSize, classes/GuiService#GetGuiInset
	it("Camera.ViewportSize, GetGuiInset and IsTenFootInterface follow the device", () => {
		const camera = game.Workspace.CurrentCamera!;
		expect(camera.ViewportSize).toEqual(new Vector2(1920, 1080));
		const GuiService = game.GetService("GuiService");
		expect(GuiService.GetGuiInset()).toEqual([new Vector2(0, 58), new Vector2(0, 0)]);
		getEngine().layout.setDevice(game, "tablet");
		expect(camera.ViewportSize).toEqual(new Vector2(1024, 768));
		getEngine().layout.setDevice(game, "console");
		expect(camera.ViewportSize).toEqual(new Vector2(1920, 1080));
		expect(GuiService.IsTenFootInterface()).toBe(true);
		expect(GuiService.GetGuiInset()).toEqual([new Vector2(96, 54 + 87), new Vector2(96, 54)]);
	});

	// create.roblox.com/docs/reference/engine/classes/UserInputService#TouchEnabled: whether the device has a touch
	// screen; the UI sizes its buttons for a thumb from it.
	it("UserInputService.TouchEnabled follows the device: a phone and a tablet have a touch screen", () => {
		const UserInputService = game.GetService("UserInputService");
		expect(UserInputService.TouchEnabled).toBe(false);
		getEngine().layout.setDevice(game, "phone");
		expect(UserInputService.TouchEnabled).toBe(true);
		getEngine().layout.setDevice(game, "tablet");
		expect(UserInputService.TouchEnabled).toBe(true);
		getEngine().layout.setDevice(game, "console");
		expect(UserInputService.TouchEnabled).toBe(false);
	});
});

describe("UI components", () => {
	// create.roblox.com/docs/reference/engine/classes/UIPadding
	it("UIPadding shrinks the children's area, scale of the parent's size", () => {
		const box = frame(screen(), UDim2.fromOffset(400, 200));
		const padding = new Instance("UIPadding");
		padding.PaddingLeft = new UDim(0, 10);
		padding.PaddingRight = new UDim(0.1, 0);
		padding.PaddingTop = new UDim(0, 20);
		padding.PaddingBottom = new UDim(0.05, 0);
		padding.Parent = box;
		expect(rect(frame(box, UDim2.fromScale(1, 1)))).toEqual([10, 20, 400 - 10 - 40, 200 - 20 - 10]);
	});

	// create.roblox.com/docs/reference/engine/classes/UIScale
	it("UIScale multiplies the object's size and the offsets of everything in it", () => {
		const box = frame(screen(), UDim2.fromOffset(200, 100), UDim2.fromOffset(100, 100));
		const scale = new Instance("UIScale");
		scale.Scale = 2;
		scale.Parent = box;
		const inner = frame(box, new UDim2(0.5, 10, 0, 20), UDim2.fromOffset(5, 5));
		expect(rect(box)).toEqual([100, 100, 400, 200]);
		expect(rect(inner)).toEqual([110, 110, 0.5 * 400 + 20, 40]);
	});

	// create.roblox.com/docs/reference/engine/classes/UISizeConstraint
	it("UISizeConstraint clamps the size between MinSize and MaxSize", () => {
		const gui = screen();
		const big = frame(gui, UDim2.fromScale(0.5, 0.5));
		const cap = new Instance("UISizeConstraint");
		cap.MaxSize = new Vector2(300, 200);
		cap.Parent = big;
		const small = frame(gui, UDim2.fromOffset(10, 10));
		const floor = new Instance("UISizeConstraint");
		floor.MinSize = new Vector2(50, 60);
		floor.Parent = small;
		expect(big.AbsoluteSize).toEqual(new Vector2(300, 200));
		expect(small.AbsoluteSize).toEqual(new Vector2(50, 60));
	});

	// create.roblox.com/docs/reference/engine/classes/UIAspectRatioConstraint, enums/AspectType, enums/DominantAxis
	it("UIAspectRatioConstraint fits the ratio within the object's size, or from the dominant axis", () => {
		const gui = screen();
		const wide = frame(gui, UDim2.fromOffset(400, 300));
		const wideRatio = new Instance("UIAspectRatioConstraint");
		wideRatio.AspectRatio = 2;
		wideRatio.Parent = wide;
		const tall = frame(gui, UDim2.fromOffset(400, 300));
		const tallRatio = new Instance("UIAspectRatioConstraint");
		tallRatio.AspectRatio = 0.5;
		tallRatio.Parent = tall;
		const parent = frame(gui, UDim2.fromOffset(600, 300));
		const byHeight = frame(parent, UDim2.fromOffset(50, 200));
		const heightRatio = new Instance("UIAspectRatioConstraint");
		heightRatio.AspectRatio = 2;
		heightRatio.AspectType = Enum.AspectType.ScaleWithParentSize;
		heightRatio.DominantAxis = Enum.DominantAxis.Height;
		heightRatio.Parent = byHeight;
		expect(wide.AbsoluteSize).toEqual(new Vector2(400, 200));
		expect(tall.AbsoluteSize).toEqual(new Vector2(150, 300));
		expect(byHeight.AbsoluteSize).toEqual(new Vector2(400, 200));
	});

	// create.roblox.com/docs/reference/engine/classes/GuiObject#AutomaticSize
	it("AutomaticSize grows an axis to the text or to the layout's content, padding included", () => {
		const gui = screen();
		const word = label(gui, "Hi", UDim2.fromOffset(0, 30));
		word.AutomaticSize = Enum.AutomaticSize.X;
		const column = frame(gui, UDim2.fromOffset(200, 0));
		column.AutomaticSize = Enum.AutomaticSize.Y;
		const list = new Instance("UIListLayout");
		list.Padding = new UDim(0, 10);
		list.Parent = column;
		const padding = new Instance("UIPadding");
		padding.PaddingTop = new UDim(0, 5);
		padding.Parent = column;
		frame(column, UDim2.fromOffset(100, 100), undefined, "A");
		frame(column, UDim2.fromOffset(100, 100), undefined, "B");
		expect(word.AbsoluteSize).toEqual(new Vector2(math.round(20 * HI_SOURCE_SANS), 30));
		expect(column.AbsoluteSize).toEqual(new Vector2(200, 5 + 100 + 10 + 100));
	});
});

describe("layouts", () => {
	// create.roblox.com/docs/reference/engine/classes/UIListLayout, classes/UIGridStyleLayout#SortOrder
	it("UIListLayout stacks the items by LayoutOrder (ties in child order), Padding apart, aligned", () => {
		const column = frame(screen(), UDim2.fromOffset(300, 400));
		const list = new Instance("UIListLayout");
		list.Padding = new UDim(0, 10);
		list.HorizontalAlignment = Enum.HorizontalAlignment.Center;
		list.SortOrder = Enum.SortOrder.LayoutOrder;
		list.Parent = column;
		const a = frame(column, UDim2.fromOffset(100, 50), UDim2.fromOffset(999, 999), "A");
		a.LayoutOrder = 2;
		const b = frame(column, UDim2.fromOffset(200, 30), undefined, "B");
		b.LayoutOrder = 1;
		const c = frame(column, UDim2.fromOffset(50, 20), undefined, "C");
		c.LayoutOrder = 1;
		expect([rect(b), rect(c), rect(a)]).toEqual([
			[50, 0, 200, 30],
			[125, 40, 50, 20],
			[100, 70, 100, 50],
		]);
		expect(list.AbsoluteContentSize).toEqual(new Vector2(200, 120));
		list.VerticalAlignment = Enum.VerticalAlignment.Bottom;
		expect(rect(b)).toEqual([50, 400 - 120, 200, 30]);
	});

	// create.roblox.com/docs/reference/engine/classes/UIListLayout#Wraps, #FillDirection
	it("a horizontal UIListLayout sorted by Name wraps what does not fit onto the next line; invisible items take no room", () => {
		const row = frame(screen(), UDim2.fromOffset(250, 100));
		const list = new Instance("UIListLayout");
		list.FillDirection = Enum.FillDirection.Horizontal;
		list.SortOrder = Enum.SortOrder.Name;
		list.Padding = new UDim(0, 10);
		list.Wraps = true;
		list.Parent = row;
		const b = frame(row, UDim2.fromOffset(100, 40), undefined, "b");
		const hidden = frame(row, UDim2.fromOffset(100, 40), undefined, "aa");
		hidden.Visible = false;
		const a = frame(row, UDim2.fromOffset(100, 40), undefined, "a");
		const c = frame(row, UDim2.fromOffset(100, 40), undefined, "c");
		expect([rect(a), rect(b), rect(c)]).toEqual([
			[0, 0, 100, 40],
			[110, 0, 100, 40],
			[0, 50, 100, 40],
		]);
		expect(list.AbsoluteContentSize).toEqual(new Vector2(210, 90));
	});

	// create.roblox.com/docs/reference/engine/classes/UIGridLayout
	it("UIGridLayout fills rows of CellSize cells, CellPadding apart, at most FillDirectionMaxCells per row", () => {
		const area = frame(screen(), UDim2.fromOffset(330, 300));
		const grid = new Instance("UIGridLayout");
		grid.CellSize = UDim2.fromOffset(100, 50);
		grid.CellPadding = UDim2.fromOffset(10, 10);
		grid.Parent = area;
		const cells = [1, 2, 3, 4].map((index) => frame(area, UDim2.fromOffset(7, 7), undefined, `Cell${index}`));
		expect(cells.map(rect)).toEqual([
			[0, 0, 100, 50],
			[110, 0, 100, 50],
			[220, 0, 100, 50],
			[0, 60, 100, 50],
		]);
		expect(grid.AbsoluteContentSize).toEqual(new Vector2(320, 110));
		grid.FillDirectionMaxCells = 2;
		expect(rect(cells[2])).toEqual([0, 60, 100, 50]);
	});

	// create.roblox.com/docs/reference/engine/classes/ScrollingFrame#CanvasPosition, #AutomaticCanvasSize
	it("a ScrollingFrame places its children on the canvas, moved by CanvasPosition and grown to its content", () => {
		const scroller = new Instance("ScrollingFrame");
		scroller.Size = UDim2.fromOffset(200, 100);
		scroller.CanvasSize = new UDim2();
		scroller.AutomaticCanvasSize = Enum.AutomaticSize.Y;
		scroller.CanvasPosition = new Vector2(0, 50);
		scroller.Parent = screen();
		const row = frame(scroller, new UDim2(1, 0, 0, 300));
		expect(rect(row)).toEqual([0, -50, 200, 300]);
		expect(scroller.AbsoluteCanvasSize).toEqual(new Vector2(200, 300));
	});
});

describe("drawing order and clipping", () => {
	// create.roblox.com/docs/reference/engine/classes/GuiObject#ZIndex, enums/ZIndexBehavior
	it("Sibling draws a child over its parent and siblings by ZIndex; Global sorts every object by ZIndex", () => {
		const gui = screen();
		gui.Name = "Order";
		const parent = frame(gui, UDim2.fromOffset(100, 100), undefined, "Parent");
		parent.ZIndex = 5;
		const high = frame(gui, UDim2.fromOffset(10, 10), undefined, "High");
		high.ZIndex = 3;
		const child = frame(parent, UDim2.fromOffset(10, 10), undefined, "Child");
		child.ZIndex = 1;
		const names = () =>
			getEngine()
				.layout.root(gui)
				.elements.map((element) => element.name);
		gui.ZIndexBehavior = Enum.ZIndexBehavior.Sibling;
		expect(names()).toEqual(["High", "Parent", "Child"]);
		gui.ZIndexBehavior = Enum.ZIndexBehavior.Global;
		expect(names()).toEqual(["Child", "High", "Parent"]);
		parent.Visible = false;
		expect(names()).toEqual(["High"]);
	});

	// create.roblox.com/docs/reference/engine/classes/GuiObject#ClipsDescendants
	it("ClipsDescendants leaves a descendant only the part inside the clipping ancestor", () => {
		const gui = screen();
		const box = frame(gui, UDim2.fromOffset(100, 100), UDim2.fromOffset(0, 100), "Box");
		box.ClipsDescendants = true;
		frame(box, UDim2.fromOffset(100, 100), UDim2.fromOffset(50, 50), "Half");
		frame(box, UDim2.fromOffset(10, 10), UDim2.fromOffset(200, 0), "Outside");
		const elements = getEngine().layout.root(gui).elements;
		const half = elements.find((element) => element.name === "Half")!;
		// Screen pixels: the safe area starts 58 px down.
		expect(half.visible).toEqual({ x: 50, y: 58 + 150, w: 50, h: 50 });
		expect(elements.find((element) => element.name === "Outside")!.visible).toBeUndefined();
	});
});

describe("text", () => {
	// create.roblox.com/docs/reference/engine/classes/TextLabel#TextBounds, #TextFits
	it("TextBounds is the text's size in the font's glyph advances; TextFits says whether it fits the box", () => {
		const gui = screen();
		const fits = label(gui, "Hi", UDim2.fromOffset(100, 30));
		const bold = label(gui, "Hi", UDim2.fromOffset(100, 30), Enum.Font.GothamBold);
		const narrow = label(gui, "Hi", UDim2.fromOffset(10, 30));
		expect(fits.TextBounds.X).toBeCloseTo(20 * HI_SOURCE_SANS, 3);
		expect(fits.TextBounds.Y).toBe(20);
		expect(bold.TextBounds.X).toBeCloseTo(20 * HI_MONTSERRAT_BOLD, 3);
		expect(fits.TextFits).toBe(true);
		expect(narrow.TextFits).toBe(false);
	});

	// create.roblox.com/docs/reference/engine/classes/TextLabel#TextWrapped
	it("TextWrapped breaks lines at spaces to the box's width; each line is TextSize tall", () => {
		const wrapped = label(screen(), "Hi Hi Hi", UDim2.fromOffset(25, 100));
		wrapped.TextWrapped = true;
		expect(wrapped.TextBounds.Y).toBe(60);
		expect(wrapped.TextBounds.X).toBeCloseTo(20 * HI_SOURCE_SANS, 3);
		wrapped.TextWrapped = false;
		expect(wrapped.TextBounds.Y).toBe(20);
		expect(wrapped.TextFits).toBe(false);
	});

	// create.roblox.com/docs/reference/engine/classes/TextLabel#TextScaled, classes/UITextSizeConstraint
	it("TextScaled picks the largest size that fits, within a UITextSizeConstraint", () => {
		const gui = screen();
		const scaled = label(gui, "Hi", UDim2.fromOffset(200, 50));
		scaled.TextScaled = true;
		expect(scaled.TextBounds.Y).toBe(50);
		const capped = label(gui, "Hi", UDim2.fromOffset(200, 50));
		capped.TextScaled = true;
		const constraint = new Instance("UITextSizeConstraint");
		constraint.MaxTextSize = 30;
		constraint.Parent = capped;
		expect(capped.TextBounds.Y).toBe(30);
		expect(capped.TextBounds.X).toBeCloseTo(30 * HI_SOURCE_SANS, 3);
		// Too narrow for the text at 50: the width decides (17 px / 0.898 em = 18 px).
		const thin = label(gui, "Hi", UDim2.fromOffset(17, 50));
		thin.TextScaled = true;
		expect(thin.TextBounds.Y).toBe(18);
	});
});

describe("in the world", () => {
	// create.roblox.com/docs/reference/engine/classes/SurfaceGui#SizingMode, #PixelsPerStud, #CanvasSize
	it("a SurfaceGui's canvas is its face in studs times PixelsPerStud, or CanvasSize when FixedSize", () => {
		const part = new Instance("Part");
		part.Size = new Vector3(10, 5, 1);
		const surface = new Instance("SurfaceGui");
		surface.SizingMode = Enum.SurfaceGuiSizingMode.PixelsPerStud;
		surface.PixelsPerStud = 40;
		surface.Parent = part;
		const fill = frame(surface, UDim2.fromScale(1, 1));
		expect(rect(fill)).toEqual([0, 0, 400, 200]);
		surface.SizingMode = Enum.SurfaceGuiSizingMode.FixedSize;
		surface.CanvasSize = new Vector2(800, 600);
		expect(rect(fill)).toEqual([0, 0, 800, 600]);
	});

	// create.roblox.com/docs/reference/engine/classes/GuiButton#MouseButton1Down
	it("a click lands in the middle of the button", () => {
		const button = new Instance("TextButton");
		button.Size = UDim2.fromOffset(100, 40);
		button.Position = UDim2.fromOffset(300, 200);
		button.Parent = screen();
		const at: number[] = [];
		button.MouseButton1Down.Connect((x, y) => at.push(x, y));
		getEngine().click(button);
		task.wait();
		expect(at).toEqual([350, 220]);
	});
});
