/** A number of images as people write it: "1 image", "1,800 images". */
export const imageCount = (count: number) =>
  `${count.toLocaleString('en')} ${count === 1 ? 'image' : 'images'}`
